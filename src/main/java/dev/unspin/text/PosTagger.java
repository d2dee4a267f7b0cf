package dev.unspin.text;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Penn Treebank part-of-speech tags from Apache OpenNLP 1.9.4 with the maxent English model
 * LanguageTool's own chunker uses (artifact opennlp-postag-models 1.5), so unspin and
 * LanguageTool share one OpenNLP and one model. Loaded on first use only.
 */
public final class PosTagger {
    private static final String MODEL = "/en-pos-maxent.bin";
    private static volatile POSModel model;
    private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(model()));

    private PosTagger() {
    }

    public static String[] tag(List<Token> tokens) {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).text();
        }
        return TAGGER.get().tag(words);
    }

    private static POSModel model() {
        if (model == null) {
            synchronized (PosTagger.class) {
                if (model == null) {
                    try (InputStream in = PosTagger.class.getResourceAsStream(MODEL)) {
                        if (in == null) {
                            throw new IllegalStateException("missing OpenNLP model " + MODEL + " on the class path");
                        }
                        model = new POSModel(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read OpenNLP model " + MODEL, e);
                    }
                }
            }
        }
        return model;
    }
}
