package dev.unspin.audit;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells English documents from the rest, so an audit can skip what unspin cannot judge. Uses the
 * n-gram language detector LanguageTool itself depends on (optimaize language-detector, its 71
 * built-in profiles). Only a confident verdict skips: a text is "not English" when another
 * language is at least {@link #CONFIDENCE} likely and English is not among the candidates at all;
 * short texts, mixed texts and odd (spun, machine-translated) English are kept. Most documents of
 * an English crawl are plainly English: a text whose words are at least a fifth English function
 * words is kept without running the detector, which is several times slower.
 */
public final class LanguageFilter {
    /** How likely the other language must be. */
    static final double CONFIDENCE = 0.95;
    /** Texts with fewer letters than this are too short to tell and are kept. */
    static final int MIN_LETTERS = 40;
    /** Share of English function words that makes a text plainly English. */
    static final double PLAINLY_ENGLISH = 0.2;
    /** Function words frequent in English and rare as words of other languages written in Latin letters. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "to", "that", "for", "with", "was",
            "were", "is", "are", "this", "from", "by", "have", "has", "it", "at", "be", "which", "would", "not", "but",
            "their", "they", "he", "she", "his", "her", "said", "will", "been", "an", "or", "its", "who", "after");
    /** Only the start of a long text is looked at: enough to tell, and the cost stays flat. */
    static final int SAMPLE_CHARS = 1000;

    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}']+");

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    private LanguageFilter(LanguageDetector detector) {
        this.detector = detector;
    }

    /** The filter, its profiles loaded on first use (about 0.7 s, 80 MB) and shared by every thread after. */
    public static LanguageFilter get() {
        return Loaded.INSTANCE;
    }

    private static final class Loaded {
        static final LanguageFilter INSTANCE = load();

        private static LanguageFilter load() {
            try {
                return new LanguageFilter(LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                        .build());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the language profiles", e);
            }
        }
    }

    /** A text judged not English: its most likely language (ISO 639-1 code) and how likely. */
    public record Foreign(String language, double probability) {
        /** The skip reason written to documents.jsonl, e.g. "not English (fr, 0.99)". */
        public String reason() {
            return String.format(Locale.ROOT, "not English (%s, %.2f)", language, probability);
        }
    }

    /** Empty for English (or too short or too mixed to tell); else the language it is in. */
    public Optional<Foreign> notEnglish(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (letters(sample) < MIN_LETTERS || functionWordShare(sample) >= PLAINLY_ENGLISH) {
            return Optional.empty();
        }
        List<DetectedLanguage> candidates = detector.getProbabilities(texts.forText(sample));
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        DetectedLanguage best = candidates.get(0);
        String language = best.getLocale().getLanguage();
        boolean englishCandidate = candidates.stream().anyMatch(c -> c.getLocale().getLanguage().equals("en"));
        if (language.equals("en") || englishCandidate || best.getProbability() < CONFIDENCE) {
            return Optional.empty();
        }
        return Optional.of(new Foreign(best.getLocale().toString(), best.getProbability()));
    }

    private static double functionWordShare(String text) {
        int words = 0;
        int functionWords = 0;
        for (String word : WORD_BREAK.split(text.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                words++;
                if (FUNCTION_WORDS.contains(word)) {
                    functionWords++;
                }
            }
        }
        return words == 0 ? 0 : (double) functionWords / words;
    }

    private static int letters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
