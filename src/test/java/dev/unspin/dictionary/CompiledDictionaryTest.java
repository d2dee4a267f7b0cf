package dev.unspin.dictionary;

import dev.unspin.engine.RuleFiles;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dictionary the build compiles holds exactly what parsing the .dict files gives, and is used only while it is fresh. */
class CompiledDictionaryTest {
    private static final List<RuleFiles.RuleFile> PACKAGED_FILES = RuleFiles.packaged().list("dictionary", ".dict");

    @Test
    void theBuildsCompiledDictionaryEqualsTheParsedFiles() {
        PhraseDictionary compiled = CompiledDictionary.readPackaged(PACKAGED_FILES)
                .orElseThrow(() -> new AssertionError("the build wrote no fresh " + CompiledDictionary.RESOURCE));
        PhraseDictionary parsed = PhraseDictionary.fromFiles(PACKAGED_FILES);
        assertEquals(4063, parsed.entries().size());
        assertEquals(describe(parsed), describe(compiled));
        assertEquals(swaps(SwapVocabulary.readBackwards(parsed)), swaps(SwapVocabulary.of(compiled)));
    }

    @Test
    void thePackagedDictionaryIsTheCompiledOne() {
        PhraseDictionary packaged = PhraseDictionary.load(RuleFiles.packaged());
        assertSame(packaged, PhraseDictionary.load(RuleFiles.packaged()));
        assertEquals(describe(CompiledDictionary.readPackaged(PACKAGED_FILES).orElseThrow()), describe(packaged));
    }

    @Test
    void aChangedFileMakesTheCompiledFormStale() {
        List<RuleFiles.RuleFile> changed = new ArrayList<>(PACKAGED_FILES);
        RuleFiles.RuleFile first = changed.get(0);
        changed.set(0, new RuleFiles.RuleFile(first.name(), first.content() + "\n", first.origin()));
        assertNotEquals(RuleFiles.fingerprint(PACKAGED_FILES), RuleFiles.fingerprint(changed));
        assertEquals(Optional.empty(), CompiledDictionary.readPackaged(changed));
    }

    @Test
    void aDictionaryReadsBackAsWritten() throws IOException {
        RuleFiles.RuleFile file = new RuleFiles.RuleFile("team.dict", """
                list: seasons = summer | winter

                id: team/bosom-peril
                spun: bosom {peril}
                fix: breast cancer {risk} | breast {risk}
                category: tortured-phrase
                confidence: 0.9
                prev: $seasons | #num | @JJ*
                not-next: factor | #punct
                flag: The bosom perils were discussed.
                pass: Open the door.

                id: team/sortie-de-secours
                spun: exit of help
                fix: emergency exit
                category: machine-translation
                confidence: 0.7
                source-language: fr
                flag: Use the exit of help.
                pass: Use the emergency exit.
                """);
        PhraseDictionary written = PhraseDictionary.fromFiles(List.of(file));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompiledDictionary.write(written, "fingerprint", bytes);
        PhraseDictionary read = CompiledDictionary.read(new ByteArrayInputStream(bytes.toByteArray()), "fingerprint").orElseThrow();
        assertEquals(describe(written), describe(read));
        assertEquals(swaps(SwapVocabulary.of(written)), swaps(SwapVocabulary.of(read)));
        assertTrue(describe(read).contains("prev=[#num, @JJ*, summer, winter]"), describe(read));
        assertEquals(Optional.empty(), CompiledDictionary.read(new ByteArrayInputStream(bytes.toByteArray()), "other"));
    }

    /** Everything an entry holds, conditions by their alternatives, and the named lists. */
    private static String describe(PhraseDictionary dictionary) {
        StringBuilder out = new StringBuilder();
        dictionary.lists().forEach(list -> out.append(list).append('\n'));
        for (DictionaryEntry e : dictionary.entries()) {
            out.append(e.id()).append(' ').append(e.location()).append(' ').append(e.spun()).append(' ');
            e.pattern().forEach(t -> out.append(t.literal()).append('/').append(t.lemma()).append('/').append(t.formTags()).append(' '));
            out.append(e.fixes()).append(' ').append(e.category()).append(' ').append(e.confidence()).append(' ');
            List<TokenCondition> conditions = e.conditions().inKeyOrder();
            for (int k = 0; k < conditions.size(); k++) {
                if (conditions.get(k) != null) {
                    out.append(ContextConditions.KEYS.get(k)).append('=').append(conditions.get(k).alternatives()).append(' ');
                }
            }
            out.append(new TreeSet<>(e.sourceLanguages())).append(' ').append(e.flagExample()).append(" | ")
                    .append(e.passExample()).append('\n');
        }
        return out.toString();
    }

    private static Map<String, List<String>> swaps(SwapVocabulary vocabulary) {
        Map<String, List<String>> swaps = new TreeMap<>();
        vocabulary.bySpun().forEach((spun, list) -> swaps.put(spun, list.stream()
                .map(s -> String.join(" ", s.spun()) + " -> " + s.originalText() + " x" + s.support()).toList()));
        return swaps;
    }
}
