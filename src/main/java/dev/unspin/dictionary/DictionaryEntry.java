package dev.unspin.dictionary;

import dev.unspin.engine.Category;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One dictionary entry, as written in a {@code rules/dictionary/*.dict} file.
 *
 * @param id              stable rule id: {@code <file stem>/<phrase slug>}
 * @param location        file:line where the entry starts, for messages
 * @param spun            the phrase as written in the file
 * @param pattern         its tokens, inflected markers expanded
 * @param fixes           suggestion templates, best first ({@code {lemma}} markers inflected on use)
 * @param sourceLanguages empty, or the only source languages the entry applies to
 */
public record DictionaryEntry(String id, String location, String spun, List<PatternToken> pattern,
                              List<String> fixes, Category category, double confidence,
                              ContextConditions conditions, Set<String> sourceLanguages,
                              String flagExample, String passExample) {

    public boolean appliesTo(Optional<String> sourceLanguage) {
        return sourceLanguages.isEmpty() || sourceLanguage.map(sourceLanguages::contains).orElse(false);
    }
}
