package dev.unspin.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * DIR/manifest.json: what a run read and how, written when it starts, so that {@code --resume}
 * can refuse to continue a run over other inputs or with other results: the unspin version, the
 * options that change results, and each input by its canonical path (so {@code ./feed.jsonl} and
 * {@code feed.jsonl} are one input) with a fingerprint: for a file its size, modification time and
 * the SHA-256 of its first MiB (a file replaced or grown changes its size or time; one edited in place
 * keeping both changes the hash unless the edit lies past the first MiB); for a directory the number
 * of files read, their total size and the SHA-256 of the list of their names, sizes and times.
 */
final class RunManifest {
    static final String FILE = "manifest.json";
    static final int HASHED_BYTES = 1 << 20;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One input: as named by the first run (positions use this name), its canonical path and fingerprint. */
    record Input(String name, String path, String kind, long size, String modified, String sha256) {
    }

    private final String version;
    private final Map<String, String> options;
    private final List<Input> inputs;

    RunManifest(String version, Map<String, String> options, List<Input> inputs) {
        this.version = version;
        this.options = new TreeMap<>(options);
        this.inputs = List.copyOf(inputs);
    }

    List<Input> inputs() {
        return inputs;
    }

    /** The fingerprint of an input (a file or a directory) named {@code name}, at {@code canonical}. */
    static Input fingerprint(String name, Path canonical) throws IOException {
        if (Files.isDirectory(canonical)) {
            MessageDigest listing = sha256();
            long size = 0;
            List<Path> files = DirectoryReader.files(canonical);
            for (Path file : files) {
                long bytes = Files.size(file);
                size += bytes;
                listing.update((canonical.relativize(file) + "\t" + bytes + "\t" + Files.getLastModifiedTime(file).toMillis() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return new Input(name, canonical.toString(), "directory of " + files.size() + " files", size, null,
                    HexFormat.of().formatHex(listing.digest()));
        }
        MessageDigest head = sha256();
        try (InputStream in = Files.newInputStream(canonical)) {
            head.update(in.readNBytes(HASHED_BYTES));
        }
        return new Input(name, canonical.toString(), "file", Files.size(canonical),
                Files.getLastModifiedTime(canonical).toInstant().toString(), HexFormat.of().formatHex(head.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }

    /** The input of the first run at a canonical path, or null. */
    Input input(String canonicalPath) {
        return inputs.stream().filter(i -> i.path().equals(canonicalPath)).findFirst().orElse(null);
    }

    /** What differs between this (the first run's) manifest and {@code now}, one line each; empty when nothing does. */
    List<String> differences(RunManifest now) {
        List<String> out = new ArrayList<>();
        if (!Objects.equals(version, now.version)) {
            out.add("unspin version: " + version + " then, " + now.version + " now");
        }
        for (String key : new TreeSet<>(union(options.keySet(), now.options.keySet()))) {
            String then = options.get(key);
            String current = now.options.get(key);
            if (!Objects.equals(then, current)) {
                out.add(key + ": " + shown(then) + " then, " + shown(current) + " now");
            }
        }
        for (Input first : inputs) {
            Input current = now.input(first.path());
            if (current == null) {
                out.add("input " + first.path() + " was read then and is not given now");
            } else if (!first.kind().equals(current.kind()) || first.size() != current.size()
                    || !Objects.equals(first.modified(), current.modified()) || !first.sha256().equals(current.sha256())) {
                out.add("input " + first.path() + " changed since: " + first.kind() + ", " + first.size() + " bytes"
                        + (first.modified() == null ? "" : ", modified " + first.modified()) + " then; " + current.kind() + ", "
                        + current.size() + " bytes" + (current.modified() == null ? "" : ", modified " + current.modified()) + " now"
                        + (first.size() == current.size() && Objects.equals(first.modified(), current.modified()) ? " (content differs)" : ""));
            }
        }
        for (Input current : now.inputs) {
            if (input(current.path()) == null) {
                out.add("input " + current.path() + " is given now and was not read then");
            }
        }
        return out;
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String shown(String value) {
        return value == null ? "(not recorded)" : value;
    }

    /** Writes the manifest (to a temporary file first, then moved into place). */
    void write(Path file) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("unspin", version);
        ObjectNode o = root.putObject("options");
        options.forEach(o::put);
        ArrayNode list = root.putArray("inputs");
        for (Input input : inputs) {
            ObjectNode i = list.addObject();
            i.put("name", input.name());
            i.put("path", input.path());
            i.put("kind", input.kind());
            i.put("size", input.size());
            i.put("modified", input.modified());
            i.put("sha256", input.sha256());
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads a manifest; one that cannot be read is an error naming the file and the problem. */
    static RunManifest read(Path file) throws IOException {
        try {
            JsonNode root = MAPPER.readTree(Files.readAllBytes(file));
            Map<String, String> options = new LinkedHashMap<>();
            root.get("options").fields().forEachRemaining(e -> options.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
            List<Input> inputs = new ArrayList<>();
            for (JsonNode i : root.get("inputs")) {
                inputs.add(new Input(i.get("name").asText(), i.get("path").asText(), i.get("kind").asText(), i.get("size").asLong(),
                        i.get("modified").isNull() ? null : i.get("modified").asText(), i.get("sha256").asText()));
            }
            return new RunManifest(root.get("unspin").asText(), options, inputs);
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + ": not a readable audit manifest (" + e.getMessage() + ")", e);
        }
    }
}
