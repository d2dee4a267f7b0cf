package dev.unspin.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static dev.unspin.model.TrigramModel.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model the build made (target/model/en-us-3gram.bin) on English the detector cares about. */
class TrigramModelTest {
    private static final TrigramModel MODEL = TrigramModel.openDefault();

    @Test
    void theOriginalPhraseIsMoreLikelyThanItsSpin() {
        assertTrue(logProb("nuclear", "weapons", "program") > logProb("nuclear", "fingers", "program"));
        assertTrue(phrase("climate change") > phrase("weather exchange"));
        assertTrue(phrase("local climate change") > phrase("local weather exchange"));
        assertTrue(phrase("strengthening security cooperation") > phrase("strengthening safety cooperation"));
        assertTrue(phrase("artificial intelligence") > phrase("counterfeit consciousness"));
        assertTrue(phrase("members of the family") < phrase("family members"));
    }

    @Test
    void contextChangesTheProbability() {
        assertTrue(logProb("security", "cooperation") > logProb("safety", "cooperation"));
        assertTrue(logProb("the", "united", "states") > MODEL.unigramLogProb(MODEL.id("states")) + 1);
        assertTrue(MODEL.unigramLogProb(MODEL.id("the")) > MODEL.unigramLogProb(MODEL.id("aardvark")) + 4,
                "unigram probability tells common words from rare ones");
    }

    @Test
    void everyContextGivesADistribution() {
        for (String[] context : new String[][] {{"", "the"}, {"", "nuclear"}, {"the", "united"}, {"<s>", "climate"}}) {
            int w1 = context[0].isEmpty() ? UNKNOWN : MODEL.id(context[0]);
            int w2 = MODEL.id(context[1]);
            double sum = 0;
            for (int w3 = 0; w3 < MODEL.vocabularySize(); w3++) {
                sum += Math.pow(10, MODEL.logProb(w1, w2, w3));
            }
            assertEquals(1.0, sum, 0.002, "P(w | " + String.join(" ", context).trim() + ") sums to 1");
        }
    }

    @Test
    void threadsSharingTheModelGetTheSameScores() throws Exception {
        int[] ids = ids("<s> the nuclear weapons program of the united states is a matter of national security </s>");
        double expected = MODEL.score(ids, 1, ids.length);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> IntStream.range(0, 20_000).allMatch(i -> MODEL.score(ids, 1, ids.length) == expected)));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void unknownWordsAreHandled() {
        assertEquals(UNKNOWN, MODEL.id("qwzxv"));
        assertEquals(UNKNOWN, MODEL.id("The"));
        assertEquals(MODEL.id("the"), MODEL.idIgnoreCase("The"));
        assertEquals(UNKNOWN, MODEL.idIgnoreCase("Qwzxv"));
        int climate = MODEL.id("climate");
        int change = MODEL.id("change");
        assertEquals(MODEL.unknownLogProb(), MODEL.logProb(climate, climate, UNKNOWN));
        assertTrue(MODEL.unknownLogProb() > -10 && MODEL.unknownLogProb() <= MODEL.unigramLogProb(MODEL.id("aardvark")),
                "an unknown word scores as the rarest known word, not as <s>'s placeholder -99");
        assertEquals(logProb("climate", "change"), MODEL.logProb(UNKNOWN, climate, change), "unknown w1: bigram");
        assertEquals(MODEL.unigramLogProb(change), MODEL.logProb(climate, UNKNOWN, change), "unknown w2: unigram");
    }

    @Test
    void scoreSumsLogProbOverAWindowWithTheWordsBeforeIt() {
        int[] ids = ids("<s> the nuclear weapons program </s>");
        double expected = (double) MODEL.logProb(ids[1], ids[2], ids[3]) + MODEL.logProb(ids[2], ids[3], ids[4]);
        assertEquals(expected, MODEL.score(ids, 3, 5), 1e-9);
        assertEquals((double) MODEL.logProb(UNKNOWN, UNKNOWN, ids[0]) + MODEL.logProb(UNKNOWN, ids[0], ids[1]), MODEL.score(ids, 0, 2), 1e-9);
        assertEquals(0, MODEL.score(ids, 2, 2));
    }

    @Test
    void aMissingFileIsAClearError(@TempDir Path folder) {
        Path missing = folder.resolve("nowhere.bin");
        ModelUnavailableException e = assertThrows(ModelUnavailableException.class, () -> TrigramModel.open(missing));
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("mvn -DskipTests package")
                && e.getMessage().contains("unspin.model"), e.getMessage());
    }

    @Test
    void aDamagedFileIsAClearError(@TempDir Path folder) throws IOException {
        Path garbage = Files.write(folder.resolve("garbage.bin"), "not a model at all, just some text".getBytes());
        assertTrue(assertThrows(ModelUnavailableException.class, () -> TrigramModel.open(garbage)).getMessage()
                .contains("not an unspin language model file"));
        byte[] whole = Files.readAllBytes(MODEL.path());
        Path truncated = Files.write(folder.resolve("truncated.bin"), Arrays.copyOf(whole, whole.length / 2));
        assertTrue(assertThrows(ModelUnavailableException.class, () -> TrigramModel.open(truncated)).getMessage()
                .contains("truncated"));
    }

    @Test
    void theDefaultLocationIsBesideTheCodeUnlessConfigured() {
        assertEquals(Path.of("target", "model", ModelLocation.FILE_NAME).toAbsolutePath(), MODEL.path().toAbsolutePath());
        java.util.Map<String, String> none = java.util.Map.of();
        assertEquals(Path.of("/somewhere/else.bin"), ModelLocation.defaultPath(
                java.util.Map.of(ModelLocation.PROPERTY, "/somewhere/else.bin")::get, none::get));
        assertEquals(Path.of("/from/env.bin"), ModelLocation.defaultPath(none::get,
                java.util.Map.of(ModelLocation.ENVIRONMENT, "/from/env.bin")::get));
        assertEquals(MODEL.path().toAbsolutePath(), ModelLocation.defaultPath(none::get, none::get));
    }

    private static float logProb(String w2, String w3) {
        return MODEL.logProb(UNKNOWN, MODEL.id(w2), MODEL.id(w3));
    }

    private static float logProb(String w1, String w2, String w3) {
        return MODEL.logProb(MODEL.id(w1), MODEL.id(w2), MODEL.id(w3));
    }

    /** log10 P(phrase | a sentence start), through the sentence's end. */
    private static double phrase(String words) {
        int[] ids = ids("<s> " + words + " </s>");
        return MODEL.score(ids, 1, ids.length);
    }

    private static int[] ids(String words) {
        return Arrays.stream(words.split(" ")).mapToInt(MODEL::id).toArray();
    }
}
