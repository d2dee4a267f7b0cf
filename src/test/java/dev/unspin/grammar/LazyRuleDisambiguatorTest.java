package dev.unspin.grammar;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The disambiguation that parses LanguageTool's rules only as sentences need them gives exactly what
 * LanguageTool's own English disambiguator gives: every token, reading, chunk tag and flag, and every
 * match of unspin's grammar rules, over the sample article and every {@value #EVERY}th other sentence of
 * samples/ (LanguageTool analyses ~150 sentences a second here, so all ~3,000 would take ~40 s; the dev
 * command {@code disambiguation-check} compares all of them and more).
 */
class LazyRuleDisambiguatorTest {
    private static final Language ENGLISH = GrammarRuleLoader.english();
    static final int EVERY = 8;

    @Test
    void analysisIsTheSameAsLanguageToolsOwnOnSampleSentences() throws IOException {
        AnalysisComparison comparison = new AnalysisComparison();
        Set<String> sentences = sampleSentences(comparison);
        assertTrue(sentences.size() > 400, "sentences: " + sentences.size());
        for (String sentence : sentences) {
            comparison.difference(sentence).ifPresent(Assertions::fail);
        }
        assertTrue(comparison.matches() >= 8, "grammar matches compared: " + comparison.matches());
        assertTrue(comparison.parsedGroups() < comparison.groupCount(), "every rule group was parsed: nothing left out");
    }

    @Test
    void aShortSentenceParsesOnlyTheRulesItCanTrigger() throws IOException {
        LazyRuleDisambiguator rules = LazyRuleDisambiguator.packaged(ENGLISH).orElseThrow();
        assertEquals(0, rules.parsedGroups());
        JLanguageTool languageTool = new JLanguageTool(ENGLISH, List.of(), null, null, null, null, false, false, List.of());
        String sentence = "The cat sat on the mat.";
        AnalyzedSentence actual = EnglishAnalyser.analysed(languageTool, new EnglishDisambiguator(rules), sentence);
        assertEquals(AnalysisComparison.describe(languageTool.getAnalyzedSentence(sentence)), AnalysisComparison.describe(actual));
        int parsed = rules.parsedGroups();
        assertTrue(parsed > 0 && parsed < rules.groupCount() / 3, parsed + " of " + rules.groupCount() + " groups parsed");
    }

    @Test
    void theIndexReadBackIsTheOneWritten() throws IOException {
        List<CompiledDisambiguation.FileIndex> packaged = CompiledDisambiguation.readPackaged().orElseThrow();
        assertEquals(CompiledDisambiguation.FILES, packaged.stream().map(CompiledDisambiguation.FileIndex::path).toList());
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        CompiledDisambiguation.write(packaged, written);
        assertEquals(packaged, CompiledDisambiguation.read(new ByteArrayInputStream(written.toByteArray())).orElseThrow());
    }

    @Test
    void anIndexOfOtherFilesIsNotUsed() throws IOException {
        List<CompiledDisambiguation.FileIndex> packaged = CompiledDisambiguation.readPackaged().orElseThrow();
        assertTrue(LazyRuleDisambiguator.over(packaged, ENGLISH).isPresent());
        CompiledDisambiguation.FileIndex first = packaged.get(0);
        List<CompiledDisambiguation.FileIndex> edited = new ArrayList<>(packaged);
        edited.set(0, new CompiledDisambiguation.FileIndex(first.path(), first.length(), first.hash() + 1, first.layout(),
                first.ruleCounts(), first.triggers()));
        assertTrue(LazyRuleDisambiguator.over(edited, ENGLISH).isEmpty(), "an index of another text of the file was used");
        assertTrue(LazyRuleDisambiguator.over(packaged.subList(0, 1), ENGLISH).isEmpty(), "an index without the global rules was used");
    }

    /** The sample article's sentences, then every {@value #EVERY}th sentence of the other texts in samples/. */
    private static Set<String> sampleSentences(AnalysisComparison comparison) throws IOException {
        Set<String> sentences = new LinkedHashSet<>(comparison.sentencesOf(Files.readString(Path.of("samples/spun-news-2023-05-03.txt"))));
        List<String> others = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("samples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                others.addAll(comparison.sentencesOf(Files.readString(file)));
            }
        }
        for (int i = 0; i < others.size(); i += EVERY) {
            sentences.add(others.get(i));
        }
        return sentences;
    }
}
