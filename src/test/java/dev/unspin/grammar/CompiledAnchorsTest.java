package dev.unspin.grammar;

import dev.unspin.engine.RuleFiles;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The grammar anchors the build compiles are those LanguageTool's parse of the rule files gives, and are used only while fresh. */
class CompiledAnchorsTest {
    private static final RuleFiles PACKAGED = RuleFiles.packaged();
    private static final List<RuleFiles.RuleFile> FILES = PACKAGED.list("grammar", ".xml");

    @Test
    void theBuildsAnchorsAreThoseOfTheParsedRules() throws IOException {
        List<AnchoredRule> parsed = new GrammarRuleLoader(PACKAGED).projectRules().stream().map(AnchoredRule::of).toList();
        assertTrue(parsed.size() >= 10, "rules: " + parsed.size());
        List<AnchoredRule> compiled = CompiledAnchors.readPackaged(FILES)
                .orElseThrow(() -> new AssertionError("the build wrote no fresh " + CompiledAnchors.RESOURCE));
        assertEquals(describe(parsed), describe(compiled));
        byte[] fresh = bytes(parsed, RuleFiles.fingerprint(FILES));
        try (InputStream resource = CompiledAnchors.class.getResourceAsStream(CompiledAnchors.RESOURCE)) {
            assertArrayEquals(fresh, resource.readAllBytes(), "the resource is not what compiling the rule files gives");
        }
        assertArrayEquals(fresh, bytes(compiled, RuleFiles.fingerprint(FILES)), "reading back lost something written");
    }

    @Test
    void aChangedRuleFileMakesThemStale() throws IOException {
        List<RuleFiles.RuleFile> changed = new ArrayList<>(FILES);
        RuleFiles.RuleFile first = changed.get(0);
        changed.set(0, new RuleFiles.RuleFile(first.name(), first.content().replace("</rules>", "</rules>\n"), first.origin()));
        assertEquals(Optional.empty(), CompiledAnchors.readPackaged(changed));
        byte[] written = bytes(List.of(), "one");
        assertEquals(Optional.empty(), CompiledAnchors.read(new ByteArrayInputStream(written), "another"));
        assertEquals(Optional.of(List.of()), CompiledAnchors.read(new ByteArrayInputStream(written), "one"));
    }

    private static byte[] bytes(List<AnchoredRule> anchors, String fingerprint) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompiledAnchors.write(anchors, fingerprint, out);
        return out.toByteArray();
    }

    private static List<String> describe(List<AnchoredRule> anchors) {
        return anchors.stream().map(a -> a.id() + " " + a.category() + " " + a.anchor()).toList();
    }
}
