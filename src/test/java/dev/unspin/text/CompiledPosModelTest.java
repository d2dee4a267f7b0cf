package dev.unspin.text;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The build's compiled POS model is OpenNLP's model: the same tags and probabilities, and used only for the model it was made from. */
class CompiledPosModelTest {
    private static final CompiledMaxent.Source SOURCE = new CompiledMaxent.Source(5_696_197, 0x1234_5678L);
    private static POSModel original;
    private static POSModel compiled;

    @BeforeAll
    static void readBoth() throws IOException {
        original = PosTagger.readOriginal();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompiledPosModel.write(original, SOURCE, bytes);
        compiled = CompiledPosModel.read(new ByteArrayInputStream(bytes.toByteArray()), SOURCE).orElseThrow();
    }

    @Test
    void theCompiledModelTagsEverySentenceOfTheSamplesAsOpenNlpsOwnDoes() throws IOException {
        POSTaggerME fromOriginal = new POSTaggerME(original);
        POSTaggerME fromCompiled = new POSTaggerME(compiled);
        int sentences = 0;
        for (String[] words : sentencesOfTheSamples()) {
            String[] expected = fromOriginal.tag(words);
            double[] expectedProbabilities = fromOriginal.probs();
            assertArrayEquals(expected, fromCompiled.tag(words), String.join(" ", words));
            assertArrayEquals(expectedProbabilities, fromCompiled.probs(), String.join(" ", words));
            sentences++;
        }
        assertTrue(sentences > 1_000, "sentences compared: " + sentences);
    }

    @Test
    void theModelsOutcomesAndTagDictionaryAreTheSame() {
        Object[] expected = ((AbstractModel) original.getPosModel()).getDataStructures();
        Object[] actual = ((AbstractModel) compiled.getPosModel()).getDataStructures();
        assertArrayEquals((String[]) expected[2], (String[]) actual[2]);
        assertEquals(((java.util.Map<?, ?>) expected[1]).keySet(), ((java.util.Map<?, ?>) actual[1]).keySet());
        assertEquals(original.getFactory().getTagDictionary(), compiled.getFactory().getTagDictionary());
    }

    @Test
    void aCompiledModelOfAnotherSourceIsNotUsed() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompiledPosModel.write(original, SOURCE, bytes);
        CompiledMaxent.Source other = new CompiledMaxent.Source(SOURCE.size(), SOURCE.crc() + 1);
        assertTrue(CompiledPosModel.read(new ByteArrayInputStream(bytes.toByteArray()), other).isEmpty());
    }

    @Test
    void theBuildPackagedACompiledModelOfTheModelOnTheClassPath() {
        assertTrue(CompiledPosModel.source().isPresent(), "the model is read from its jar");
        assertTrue(CompiledPosModel.readPackaged().isPresent(), "target/classes has a compiled model of this jar's model");
    }

    /** Every line of the sample texts, as whitespace-separated words with punctuation split off. */
    private static List<String[]> sentencesOfTheSamples() throws IOException {
        List<String[]> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("samples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    String[] words = Arrays.stream(line.split("(?=[,.;:!?\"()])|(?<=[\"(])|\\s+"))
                            .filter(w -> !w.isBlank()).toArray(String[]::new);
                    if (words.length > 0) {
                        sentences.add(words);
                    }
                }
            }
        }
        return sentences;
    }
}
