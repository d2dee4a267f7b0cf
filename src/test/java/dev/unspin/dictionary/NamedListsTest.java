package dev.unspin.dictionary;

import dev.unspin.engine.CheckSettings;
import dev.unspin.engine.Document;
import dev.unspin.engine.Finding;
import dev.unspin.engine.RuleFiles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A named list of condition alternatives, declared once and used as $name, means its words written in its place. */
class NamedListsTest {
    private static final String PASTED = """
            id: test/fingers-race
            spun: fingers race
            fix: arms race
            category: spinner-synonym
            confidence: 0.85
            not-prev: fish | chicken | butter | lady | ladies | sticky | #num | @PRP$ | pancake
            flag: Analysts warn of a new fingers race in the Pacific.
            pass: The chicken fingers race off the shelves.
            """;

    private static final String NAMED = """
            # declared before use, in the same file
            list: food-fingers = fish | chicken | butter | lady | ladies | sticky | #num | @PRP$

            id: test/fingers-race
            spun: fingers race
            fix: arms race
            category: spinner-synonym
            confidence: 0.85
            not-prev: $food-fingers | pancake
            flag: Analysts warn of a new fingers race in the Pacific.
            pass: The chicken fingers race off the shelves.
            """;

    private static PhraseDictionary dictionary(String... contents) {
        List<RuleFiles.RuleFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < contents.length; i++) {
            files.add(new RuleFiles.RuleFile("test" + i + ".dict", contents[i]));
        }
        return PhraseDictionary.fromFiles(files);
    }

    private static List<String> problems(String... contents) {
        return assertThrows(DictionaryFormatException.class, () -> dictionary(contents)).problems();
    }

    private static List<String> findings(PhraseDictionary dictionary, String text) {
        List<Finding> findings = new DictionaryDetector(dictionary).detect(new Document("t", text), new CheckSettings(Optional.empty(), 0.0),
                dev.unspin.engine.RuleSelection.ALL);
        return findings.stream().map(f -> f.rule() + "@" + f.start() + ":" + String.join("|", f.suggestions())).toList();
    }

    @Test
    void aNamedListFlagsAndPassesExactlyLikeThePastedWords() {
        PhraseDictionary pasted = dictionary(PASTED);
        PhraseDictionary named = dictionary(NAMED);
        DictionaryEntry p = pasted.entries().get(0);
        DictionaryEntry n = named.entries().get(0);
        assertEquals(p.conditions().notPrev().alternatives(), n.conditions().notPrev().alternatives());
        assertEquals(List.of(), new ExampleChecker(named).check(), "its own flag and pass examples behave");
        for (String text : List.of("Analysts warn of a new fingers race in the Pacific.", "The chicken fingers race off the shelves.",
                "Fish fingers race. Pancake fingers race. 3 fingers race. His fingers race.", "Fingers race on.",
                "A sticky fingers race and a nuclear fingers race.")) {
            assertEquals(findings(pasted, text), findings(named, text), text);
        }
        assertEquals(1, findings(named, "Analysts warn of a new fingers race in the Pacific.").size());
        assertEquals(0, findings(named, "The chicken fingers race off the shelves.").size());
        assertEquals(0, findings(named, "The pancake fingers race off the shelves.").size(), "the literal word beside the list");
        assertEquals(0, findings(named, "Her fingers race over the keys.").size(), "a tag in the list");
    }

    @Test
    void aListMayBeUsedInAnyFileLoadedWithTheOneThatDeclaresIt() {
        PhraseDictionary d = dictionary(NAMED.replace("list: food-fingers", "list: unused"),
                "list: food-fingers = fish | chicken\n");
        assertEquals(List.of("fish", "chicken"), d.list("food-fingers").orElseThrow().alternatives());
        assertEquals("test1.dict:1", d.list("food-fingers").orElseThrow().location());
        assertEquals(0, findings(d, "The chicken fingers race off the shelves.").size());
    }

    @Test
    void anUnknownListIsAnErrorAtItsLine() {
        List<String> problems = problems(NAMED.replace("$food-fingers", "$food-finger"));
        assertEquals(List.of("test0.dict:9: entry 'fingers race': 'not-prev': unknown list '$food-finger' (declare it in a"
                + " dictionary file with 'list: food-finger = word | word | ...')"), problems);
    }

    @Test
    void malformedDeclarationsAreErrorsAtTheirLine() {
        assertEquals(List.of("test1.dict:1: list 'food-fingers' is already declared at test0.dict:2"),
                problems(NAMED, "list: food-fingers = fish\n"));
        assertEquals(List.of("test0.dict:1: expected 'list: NAME = word | word | ...', got 'list: food fish | chicken'"),
                problems("list: food fish | chicken\n"));
        assertTrue(problems("list: Food_Words = fish\n").get(0).startsWith("test0.dict:1: list name 'Food_Words' must be lower-case"));
        assertEquals(List.of("test0.dict:2: list 'b': a list cannot name another list"), problems("list: a = x\nlist: b = $a | y\n"));
        assertEquals(List.of("test0.dict:1: list 'a': empty alternative in 'x | | y'"), problems("list: a = x | | y\n"));
        assertEquals(List.of("test0.dict:1: list 'a': unknown class '#word' (expected #num, #cap or #punct)"), problems("list: a = #word\n"));
        List<String> inside = problems(PASTED.replace("category:", "list: a = x\ncategory:"));
        assertTrue(inside.contains("test0.dict:4: 'list:' inside an entry; a list declaration stands outside entries"
                + " (leave a blank line before it)"), String.join("\n", inside));
    }

    @Test
    void aLoneDollarIsStillALiteralToken() {
        PhraseDictionary d = dictionary(PASTED.replace("| pancake", "| $"));
        assertTrue(d.entries().get(0).conditions().notPrev().alternatives().contains("$"));
    }
}
