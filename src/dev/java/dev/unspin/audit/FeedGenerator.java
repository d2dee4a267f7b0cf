package dev.unspin.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * A synthetic crawl for {@code unspin audit-feed} and {@code unspin audit-bench}: JSON Lines records
 * ({@code id}, {@code source}, {@code url}, {@code text}) built from clean and spun texts, each with its
 * paragraphs shuffled, from about 20 invented hosts, with a share of malformed lines (truncated JSON,
 * invalid UTF-8, lines that are not JSON objects). The same seed gives the same bytes.
 */
public final class FeedGenerator {
    /** The invented hosts records come from. */
    public static final List<String> HOSTS = List.of(
            "dailyherald.example", "metro-wire.example", "www.cityledger.example", "northpost.example",
            "valleytimes.example", "www.thebulletin.example", "newsdigest.example", "coastgazette.example",
            "www.morningstar-news.example", "tribune24.example", "plainsreporter.example", "www.urbanbeat.example",
            "harbourobserver.example", "contentfarm-hub.example", "trendingnow.example", "www.rewriteworld.example",
            "articlebase.example", "newsflash-daily.example", "www.globalbrief.example", "quickreads.example");

    /** How many records, the seed, the share of malformed lines and the share of spun texts among the others. */
    public record Options(long documents, long seed, double malformedShare, double spunShare) {
        public Options {
            if (documents < 0) {
                throw new IllegalArgumentException("--documents must not be negative, got " + documents);
            }
            if (malformedShare < 0 || malformedShare > 1 || spunShare < 0 || spunShare > 1) {
                throw new IllegalArgumentException("shares must be between 0 and 1");
            }
        }
    }

    /** What was written: records (lines), of them malformed, clean and spun. */
    public record Counts(long records, long malformed, long clean, long spun) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<List<String>> clean;
    private final List<List<String>> spun;

    /** Texts to build records from (each split into paragraphs at blank lines); neither list may be empty. */
    public FeedGenerator(List<String> cleanTexts, List<String> spunTexts) {
        if (cleanTexts.isEmpty() || spunTexts.isEmpty()) {
            throw new IllegalArgumentException("the feed generator needs at least one clean and one spun text");
        }
        this.clean = cleanTexts.stream().map(FeedGenerator::paragraphs).toList();
        this.spun = spunTexts.stream().map(FeedGenerator::paragraphs).toList();
    }

    private static List<String> paragraphs(String text) {
        return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** Writes the feed to {@code file}, gzip-compressed when its name ends with {@code .gz}. */
    public Counts write(Options options, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream raw = Files.newOutputStream(file);
             OutputStream out = file.getFileName().toString().endsWith(".gz")
                     ? new BufferedOutputStream(new GZIPOutputStream(raw, 1 << 16), 1 << 16)
                     : new BufferedOutputStream(raw, 1 << 16)) {
            return write(options, out);
        }
    }

    /** Writes the feed's lines to {@code out} (not closed). */
    public Counts write(Options options, OutputStream out) throws IOException {
        Random random = new Random(options.seed());
        long malformed = 0;
        long cleanCount = 0;
        long spunCount = 0;
        for (long i = 1; i <= options.documents(); i++) {
            boolean isSpun = random.nextDouble() < options.spunShare();
            List<List<String>> pool = isSpun ? spun : clean;
            List<String> paragraphs = new ArrayList<>(pool.get(random.nextInt(pool.size())));
            Collections.shuffle(paragraphs, random);
            String host = HOSTS.get(random.nextInt(HOSTS.size()));
            String id = String.format("doc-%07d", i);
            ObjectNode node = MAPPER.createObjectNode();
            node.put("id", id);
            node.put("source", host.startsWith("www.") ? host.substring(4) : host);
            node.put("url", "https://" + host + "/" + (2020 + random.nextInt(6)) + "/" + (isSpun ? "s" : "c") + "-" + i);
            node.put("text", String.join("\n\n", paragraphs));
            String json = MAPPER.writeValueAsString(node);
            byte[] line;
            if (random.nextDouble() < options.malformedShare()) {
                malformed++;
                line = malformed(json, random);
            } else {
                line = json.getBytes(StandardCharsets.UTF_8);
                if (isSpun) {
                    spunCount++;
                } else {
                    cleanCount++;
                }
            }
            out.write(line);
            out.write('\n');
        }
        out.flush();
        return new Counts(options.documents(), malformed, cleanCount, spunCount);
    }

    /** One of three kinds of broken line, never blank (a blank line is not a record). */
    private static byte[] malformed(String json, Random random) {
        switch (random.nextInt(3)) {
            case 0 -> {
                // truncated JSON: cut before the closing brace, never inside a surrogate pair
                int cut = 1 + random.nextInt(json.length() - 1);
                if (Character.isLowSurrogate(json.charAt(cut))) {
                    cut--;
                }
                return json.substring(0, Math.max(1, cut)).getBytes(StandardCharsets.UTF_8);
            }
            case 1 -> {
                // invalid UTF-8: a Latin-1 byte (0xE9) and a stray 0xFF inside the text
                byte[] valid = json.getBytes(StandardCharsets.UTF_8);
                int at = json.indexOf("\"text\":\"") + 8;
                byte[] line = new byte[valid.length + 2];
                int prefix = json.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
                System.arraycopy(valid, 0, line, 0, prefix);
                line[prefix] = (byte) 0xE9;
                line[prefix + 1] = (byte) 0xFF;
                System.arraycopy(valid, prefix, line, prefix + 2, valid.length - prefix);
                return line;
            }
            default -> {
                // a line that is not a JSON object
                String[] notObjects = {"[" + json + "]", "\"" + json.length() + " characters lost\"", "42", "null",
                        "<html><body>Service unavailable</body></html>"};
                return notObjects[random.nextInt(notObjects.length)].getBytes(StandardCharsets.UTF_8);
            }
        }
    }
}
