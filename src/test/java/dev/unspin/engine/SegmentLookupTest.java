package dev.unspin.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The binary-search lookup finds exactly the segment a scan in file order finds, for every offset. */
class SegmentLookupTest {

    private static SegmentResult segment(String id, int start, int end) {
        return new SegmentResult(id, 1, 1, start, end, "s", "t", 1, 0, 100);
    }

    @Test
    void findsTheSegmentHoldingAnOffsetAndNoneBetweenSegments() {
        SegmentResult a = segment("a", 10, 20);
        SegmentResult empty = segment("untranslated", 30, 30);
        SegmentResult b = segment("b", 40, 45);
        SegmentLookup lookup = SegmentLookup.of(List.of(b, empty, a));
        assertEquals(Optional.empty(), lookup.at(9));
        assertEquals(Optional.of(a), lookup.at(10));
        assertEquals(Optional.of(a), lookup.at(19));
        assertEquals(Optional.empty(), lookup.at(20));
        assertEquals(Optional.of(empty), lookup.at(30), "an empty target holds the offset it stands at");
        assertEquals(Optional.empty(), lookup.at(31));
        assertEquals(Optional.of(b), lookup.at(44));
        assertEquals(Optional.empty(), lookup.at(45));
        assertEquals(Optional.empty(), SegmentLookup.of(List.of()).at(0));
    }

    @Test
    void agreesWithAScanOverRandomFiles() {
        Random random = new Random(14);
        for (int file = 0; file < 200; file++) {
            List<SegmentResult> inFileOrder = new ArrayList<>();
            int at = random.nextInt(5);
            for (int i = random.nextInt(30); i > 0; i--) {
                int length = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(8);
                inFileOrder.add(segment("s" + inFileOrder.size(), at, at + length));
                at += length + 1 + random.nextInt(4);
            }
            List<SegmentResult> shuffled = new ArrayList<>(inFileOrder);
            Collections.shuffle(shuffled, random);
            SegmentLookup lookup = SegmentLookup.of(shuffled);
            for (int offset = 0; offset <= at; offset++) {
                int o = offset;
                assertEquals(inFileOrder.stream().filter(s -> s.holds(o)).findFirst(), lookup.at(o), "offset " + o + " in " + inFileOrder);
            }
        }
    }
}
