package dev.unspin.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unspin.report.OutputTarget;

import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * DIR/documents.jsonl, written so that a crash (or kill -9) leaves every complete line valid:
 * each line goes to the file in one append write, straight to the operating system (no buffer in
 * the process). Only the last line can be torn; {@link #resume} cuts it off.
 */
final class DocumentsFile implements Closeable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;
    private final FileOutputStream out;

    DocumentsFile(Path file) throws IOException {
        this.file = file;
        this.out = new FileOutputStream(file.toFile(), true);
    }

    /** Appends one line; a failed write is an IOException naming the file and the problem. */
    void append(String line) throws IOException {
        try {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new IOException(OutputTarget.problem(file, e), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            out.getFD().sync();
        } finally {
            out.close();
        }
    }

    /** What {@link #resume} found: the positions already written, and whether a torn last line was cut off. */
    record Done(Set<String> positions, boolean cutTornLine, int unreadableLines, String firstUnreadable) {
    }

    /**
     * The positions of the records already in the file, after cutting off a torn last line (one
     * without its newline). An absent file has none.
     */
    static Done resume(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new Done(Set.of(), false, 0, null);
        }
        boolean cut = cutTornLine(file);
        Set<String> positions = new HashSet<>();
        int[] withoutPosition = {0};
        Unreadable unreadable = read(file, node -> {
            JsonNode position = node.get("position");
            if (position != null && position.isTextual()) {
                positions.add(position.asText());
            } else {
                withoutPosition[0]++;
            }
        });
        return new Done(positions, cut, unreadable.unreadable() + withoutPosition[0], unreadable.first());
    }

    /**
     * Hands every line of a documents file that parses as JSON to {@code each}, skipping blank lines,
     * and returns how many lines did not parse (a torn line, a line damaged by hand, bytes that are not
     * UTF-8).
     */
    static int lines(Path file, Consumer<JsonNode> each) throws IOException {
        return read(file, each).unreadable();
    }

    /** How many lines of a documents file could not be read, and what was wrong with the first of them. */
    record Unreadable(int unreadable, String first) {
    }

    /** As {@link #lines}, saying what was wrong with the first unreadable line ({@code FILE:LINE: problem}). */
    static Unreadable read(Path file, Consumer<JsonNode> each) throws IOException {
        int unreadable = 0;
        String first = null;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            BoundedLines lines = new BoundedLines(new java.io.BufferedInputStream(in, 1 << 16), Integer.MAX_VALUE - 16);
            java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(4096);
            long number = 0;
            while (lines.next(buffer) != -1) {
                number++;
                String problem;
                try {
                    String line = dev.unspin.input.Utf8.decode(buffer.toByteArray(), buffer.size());
                    if (line.isBlank()) {
                        continue;
                    }
                    each.accept(MAPPER.readTree(line));
                    continue;
                } catch (dev.unspin.input.Utf8.Invalid e) {
                    problem = e.getMessage();
                } catch (IOException e) {
                    problem = "not JSON";
                }
                unreadable++;
                if (first == null) {
                    first = file + ":" + number + ": " + problem;
                }
            }
        }
        return new Unreadable(unreadable, first);
    }

    /** Truncates the file after its last newline; true when there was something after it. */
    private static boolean cutTornLine(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long length = raf.length();
            long end = length;
            byte[] block = new byte[8192];
            while (end > 0) {
                int n = (int) Math.min(block.length, end);
                raf.seek(end - n);
                raf.readFully(block, 0, n);
                for (int i = n - 1; i >= 0; i--) {
                    if (block[i] == '\n') {
                        long keep = end - n + i + 1;
                        if (keep < length) {
                            raf.setLength(keep);
                            return true;
                        }
                        return false;
                    }
                }
                end -= n;
            }
            if (length > 0) {
                raf.setLength(0);
                return true;
            }
            return false;
        }
    }
}
