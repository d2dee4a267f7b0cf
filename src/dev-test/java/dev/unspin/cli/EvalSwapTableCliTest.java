package dev.unspin.cli;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalSwapTableCliTest {

    @Test
    void recallIsSplitIntoKnownAndHeldOutSwapsCoveringEveryMarkedPhrase() {
        CliRun run = CliRun.of(DevMain::run, "", List.of("eval", "--detectors", "dictionary", "--swap-table", "samples/heldout/habit-swaps.tsv",
                "samples/heldout/spun-habits"));
        assertEquals(0, run.code(), run.err());
        int known = total(run.out(), "known swaps");
        int heldOut = total(run.out(), "held-out swaps");
        assertTrue(known > 0 && heldOut > 0, run.out());
        assertEquals(total(run.out(), "recall"), known + heldOut, run.out());
    }

    private static int total(String out, String label) {
        Matcher m = Pattern.compile("(?m)^" + label + " .*\\(\\d+ of (\\d+) ").matcher(out);
        assertTrue(m.find(), label + " missing in " + out);
        return Integer.parseInt(m.group(1));
    }
}
