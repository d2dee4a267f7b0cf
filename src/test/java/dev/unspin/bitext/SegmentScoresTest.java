package dev.unspin.bitext;

import dev.unspin.engine.Category;
import dev.unspin.engine.DetectorKind;
import dev.unspin.engine.Finding;
import dev.unspin.engine.SegmentResult;
import dev.unspin.engine.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Segment and file scores: the MQM-like penalties, and each segment's findings counted by where they start. */
class SegmentScoresTest {

    private static Segment segment(String id, String target, int at) {
        return new Segment(id, 1, at + 1, "Quelle", List.of(), MappedText.verbatim(target, at), List.of(), at, at + target.length());
    }

    private static Finding finding(int start, Severity severity) {
        return new Finding("test/rule", Category.MACHINE_TRANSLATION, severity, 0.9, start, start + 1, List.of(), "m", DetectorKind.SOURCE);
    }

    @Test
    void anErrorInASevenWordSegmentScoresIt28Point6AndTheFile54Point5() {
        String first = "The price is 30 euros per month.";
        Segment a = segment("a", first, 0);
        Segment b = segment("b", "Good morning", first.length() + 1);
        Segment c = segment("c", "Save file", first.length() + 14);
        Bitext bitext = new Bitext(List.of(a, b, c), Optional.of("de"), first.length() + 23, true);
        List<SegmentResult> scored = SegmentScores.of(bitext, List.of(finding(first.indexOf("30"), Severity.ERROR)));
        assertEquals(List.of(1, 0, 0), scored.stream().map(SegmentResult::findings).toList());
        assertEquals(100 - 500 / 7.0, scored.get(0).score(), 1e-9);
        assertEquals(100.0, scored.get(1).score());
        assertEquals(100 - 500 / 11.0, SegmentScores.fileScore(scored), 1e-9);
        assertEquals(1, SegmentScores.withFindings(scored));
    }

    @Test
    void countsWhatAScanOfEveryFindingForEverySegmentCounts() {
        Random random = new Random(14);
        Severity[] severities = Severity.values();
        for (int file = 0; file < 100; file++) {
            List<Segment> segments = new ArrayList<>();
            int at = 0;
            for (int i = random.nextInt(20); i > 0; i--) {
                String target = random.nextInt(5) == 0 ? "" : "word ".repeat(1 + random.nextInt(5)).strip();
                segments.add(segment("s" + i, target, at));
                at += target.length() + 1 + random.nextInt(3);
            }
            List<Finding> findings = new ArrayList<>();
            for (int i = random.nextInt(40); i > 0; i--) {
                findings.add(finding(random.nextInt(at + 1), severities[random.nextInt(severities.length)]));
            }
            Collections.shuffle(findings, random);
            List<SegmentResult> scored = SegmentScores.of(new Bitext(segments, Optional.empty(), at, true), findings);
            for (SegmentResult s : scored) {
                List<Finding> on = findings.stream().filter(f -> s.holds(f.start())).toList();
                double penalty = on.stream().mapToDouble(f -> SegmentScores.penalty(f.severity())).sum();
                assertEquals(on.size(), s.findings(), s.toString());
                assertEquals(Math.max(0, 100 - 100 * penalty / Math.max(1, s.words())), s.score(), 1e-9, s.toString());
            }
        }
    }
}
