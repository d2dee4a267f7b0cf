package dev.unspin.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogisticRegressionTest {

    @Test
    void learnsWhichFeatureSeparatesTheClassesAndIgnoresNoise() {
        double[][] x = new double[40][];
        int[] y = new int[40];
        for (int i = 0; i < 40; i++) {
            boolean positive = i % 2 == 0;
            x[i] = new double[]{positive ? 1 + (i % 5) * 0.1 : -1 - (i % 5) * 0.1, (i % 3) - 1.0};
            y[i] = positive ? 1 : 0;
        }
        LogisticRegression model = LogisticRegression.fit(x, y, 0.001, 2000, 0.5);
        for (int i = 0; i < 40; i++) {
            assertEquals(y[i] == 1, model.probability(x[i]) > 0.5, "row " + i);
        }
        assertTrue(model.weights()[0] > 1 && Math.abs(model.weights()[1]) < 0.5, java.util.Arrays.toString(model.weights()));
    }

    @Test
    void needsBothClasses() {
        assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fit(new double[][]{{1}, {2}}, new int[]{1, 1}, 0, 10, 0.1));
    }

    @Test
    void signalsFromAGeneratorsOwnSourceAreNamed() {
        List<String> names = List.of("wordnet-gain", "thesaurus2-gain", "unknown-words");
        assertEquals(0, SignalStudy.sharedSignal("wordnet", names));
        assertEquals(1, SignalStudy.sharedSignal("moby", names));
        assertEquals(-1, SignalStudy.sharedSignal("mt", names));
    }

    @Test
    void genreNormalisationUsesEachGenresOwnCleanMeanAndSpread() {
        List<SignalStudy.Row> clean = List.of(new SignalStudy.Row(0, new double[]{1}), new SignalStudy.Row(0, new double[]{3}),
                new SignalStudy.Row(1, new double[]{10}), new SignalStudy.Row(1, new double[]{20}));
        SignalStudy.GenreNormaliser normaliser = SignalStudy.GenreNormaliser.fit(clean, 2, 1);
        assertEquals(1.0, normaliser.z(new SignalStudy.Row(0, new double[]{3}))[0], 1e-9);
        assertEquals(-1.0, normaliser.z(new SignalStudy.Row(1, new double[]{10}))[0], 1e-9);
    }
}
