package dev.unspin.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time (user + system) of this process's child processes that have ended and been waited for,
 * from Linux's {@code /proc/self/stat} (fields cutime and cstime, in clock ticks of 10 ms). The
 * difference before and after one child's run is that child's CPU time, all its threads included.
 */
final class ChildCpuTime {
    private static final Path STAT = Path.of("/proc/self/stat");
    private static final int TICK_MILLIS = 10;

    private ChildCpuTime() {
    }

    /** Milliseconds so far, or -1 where /proc is not there to ask. */
    static long millis() {
        try {
            String stat = Files.readString(STAT, StandardCharsets.US_ASCII);
            // fields after the command name, which is in parentheses and may hold spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 (state); cutime is field 16, cstime field 17
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * TICK_MILLIS;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
