package dev.unspin.eval;

import dev.unspin.lexicon.Lexicon;
import dev.unspin.lexicon.WordNetSynsets;
import net.sf.extjwnl.data.POS;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A cheap random-synonym spinner: a lower-case content word becomes a one-word synonym from a
 * thesaurus (WordNet 3.1, any sense; or Moby), inflected like the word (LanguageTool's English
 * morphology). The reading of an ambiguous form ("report": noun or verb) is chosen at random, as
 * such spinners do.
 */
final class ThesaurusSpinner implements Spinner {
    private static final Set<String> BASE_TAGS = Set.of("NN", "NN:UN", "VB", "VBP", "JJ", "RB");

    private final SynonymSource thesaurus;
    private final Lexicon lexicon = Lexicon.english();

    ThesaurusSpinner(SynonymSource thesaurus) {
        this.thesaurus = thesaurus;
    }

    @Override
    public List<Replacement> candidates(String text, List<SpinWords.Word> words, Random random) {
        List<Replacement> candidates = new ArrayList<>();
        for (SpinWords.Word w : words) {
            if (w.lowerCase() && w.content() && w.text().length() > 2) {
                String synonym = synonym(w.text(), random);
                if (synonym != null) {
                    candidates.add(new Replacement(w.start(), w.end(), synonym));
                }
            }
        }
        return candidates;
    }

    /** A synonym of one reading of {@code form}, inflected like it, or null. */
    private String synonym(String form, Random random) {
        List<Lexicon.Analysis> readings = lexicon.analyse(form).stream().filter(a -> pos(a.tag()) != null).toList();
        if (readings.isEmpty()) {
            return null;
        }
        Lexicon.Analysis reading = readings.get(random.nextInt(readings.size()));
        List<String> synonyms = new ArrayList<>(thesaurus.synonyms(reading.lemma(), pos(reading.tag())));
        Collections.shuffle(synonyms, random);
        for (String lemma : synonyms) {
            String inflected = BASE_TAGS.contains(reading.tag()) ? lemma
                    : lexicon.forms(lemma, reading.tag()).stream().findFirst().orElse(null);
            if (inflected != null && !inflected.equals(form)) {
                return inflected;
            }
        }
        return null;
    }

    /** WordNet's part of speech for the tag; adverbs only in their plain form (RB), not comparatives or superlatives. */
    private static POS pos(String tag) {
        return tag.startsWith("RB") && !tag.equals("RB") ? null : WordNetSynsets.pos(tag);
    }
}
