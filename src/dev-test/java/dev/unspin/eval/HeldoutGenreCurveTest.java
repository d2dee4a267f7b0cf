package dev.unspin.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

class HeldoutGenreCurveTest {

    private static HeldoutEvaluation.Cell scores(double... scores) {
        HeldoutEvaluation.Cell cell = new HeldoutEvaluation.Cell();
        for (double s : scores) {
            cell.scores.add(s);
        }
        return cell;
    }

    @Test
    void eachGenreRowPoolsTheHeldOutGeneratorsAndReadsEveryThreshold() {
        Map<String, HeldoutEvaluation.Cell> clean = Map.of("news", scores(0, 0, 0, 6), "fiction", scores(0, 0));
        Map<String, HeldoutEvaluation.Cell> moby = Map.of("news", scores(30, 0), "fiction", scores(12, 0));
        Map<String, HeldoutEvaluation.Cell> mt = Map.of("news", scores(0, 0), "fiction", scores(0, 0));
        String table = HeldoutEvaluation.genreCurve(List.of("news", "fiction"), clean, List.of(moby, mt));
        // news: clean 1 of 4 at t=5, none at 10 and 25; held-out spun 1 of 4 at every t
        assertTrue(table.contains("| news | 25.0% | 25.0% | 0.0% | 25.0% | 0.0% | 25.0% |"), table);
        // fiction: clean none; held-out spun 1 of 4 at t=5 and t=10, none at 25
        assertTrue(table.contains("| fiction | 0.0% | 25.0% | 0.0% | 25.0% | 0.0% | 0.0% |"), table);
    }
}
