package dev.unspin.pipeline;

import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.RuleFiles;
import dev.unspin.input.InputFormat;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A check with unspin's packaged rules, which start-up reads in the form the build compiled (the
 * dictionary, the grammar anchors), finds exactly what a check with the same rules read from the
 * rules directory finds, where everything is parsed: every finding of every detector, score and verdict.
 */
class CompiledRulesEquivalenceTest {
    @Test
    void compiledAndParsedRulesFindTheSame() throws IOException {
        List<Path> texts = new ArrayList<>(List.of(Path.of("samples/spun-news-2023-05-03.txt")));
        try (Stream<Path> spun = Files.list(Path.of("samples/heldout/spun-habits"))) {
            spun.filter(p -> p.toString().endsWith(".txt")).sorted().limit(4).forEach(texts::add);
        }
        CheckPipeline compiled = CheckPipeline.builder().build();
        CheckPipeline parsed = CheckPipeline.builder().rules(RuleFiles.inDirectory(Path.of("rules"))).build();
        int findings = 0;
        for (Path text : texts) {
            String content = Files.readString(text, StandardCharsets.UTF_8);
            DocumentResult expected = parsed.check(CheckInput.of(text.toString(), content, InputFormat.TEXT));
            DocumentResult actual = compiled.check(CheckInput.of(text.toString(), content, InputFormat.TEXT));
            assertEquals(expected.findings(), actual.findings(), text.toString());
            assertEquals(expected.score(), actual.score(), text.toString());
            assertEquals(expected.verdict(), actual.verdict(), text.toString());
            findings += actual.findings().size();
        }
        assertTrue(findings > 50, "findings: " + findings);
    }
}
