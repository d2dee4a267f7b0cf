package dev.unspin.text;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.languagetool.chunking.EnglishChunker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.List;

/**
 * Penn Treebank part-of-speech tags from Apache OpenNLP 1.9.4 with the maxent English model
 * LanguageTool's own chunker uses (artifact opennlp-postag-models 1.5), so unspin and
 * LanguageTool share one OpenNLP and one model. Loaded on first use only, and once (from the build's
 * compiled copy, {@link CompiledPosModel}, when it matches the model): the loaded
 * model is handed to LanguageTool's {@link EnglishChunker} (which would otherwise read the same
 * resource again, ~0.45 s), or taken from it when the chunker loaded it first.
 */
public final class PosTagger {
    static final String MODEL = "/en-pos-maxent.bin";
    /** EnglishChunker's private static field holding its POS model, the same resource as {@link #MODEL}. */
    private static final String CHUNKER_FIELD = "posModel";
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

    /** The model, loaded if it is not yet; call before LanguageTool's English chunker is created so that it reuses it. */
    public static POSModel model() {
        if (model == null) {
            synchronized (PosTagger.class) {
                if (model == null) {
                    model = sharedWithChunker();
                }
            }
        }
        return model;
    }

    /** The chunker's model if it has one, else one read here and given to the chunker; without the field (another LanguageTool), one of our own. */
    private static POSModel sharedWithChunker() {
        Field field = chunkerField();
        if (field == null) {
            return read();
        }
        synchronized (EnglishChunker.class) {
            try {
                POSModel chunkers = (POSModel) field.get(null);
                if (chunkers != null) {
                    return chunkers;
                }
                POSModel read = read();
                field.set(null, read);
                return read;
            } catch (IllegalAccessException e) {
                return read();
            }
        }
    }

    /** LanguageTool's field, accessible, or null when this LanguageTool has no such field or forbids access. */
    static Field chunkerField() {
        try {
            Field field = EnglishChunker.class.getDeclaredField(CHUNKER_FIELD);
            if (field.getType() != POSModel.class) {
                return null;
            }
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException | RuntimeException e) {
            return null;
        }
    }

    /** The build's compiled copy of the model ({@link CompiledPosModel}) when it matches the resource, else OpenNLP's reading of it. */
    private static POSModel read() {
        return CompiledPosModel.readPackaged().orElseGet(PosTagger::readOriginal);
    }

    /** The model as OpenNLP reads it from {@link #MODEL} (~0.35 s of CPU). */
    static POSModel readOriginal() {
        try (InputStream in = PosTagger.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("missing OpenNLP model " + MODEL + " on the class path");
            }
            return new POSModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + MODEL, e);
        }
    }
}
