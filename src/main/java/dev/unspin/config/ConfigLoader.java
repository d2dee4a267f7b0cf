package dev.unspin.config;

import dev.unspin.bitext.Glossary;
import dev.unspin.engine.Category;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds and reads {@code .unspin.yml} files. The nearest one walking up from a file's folder to
 * the filesystem root applies to it, unless a file was given with {@code --config}. Parsed files
 * are cached; thread-safe.
 */
public final class ConfigLoader {
    private static final List<String> KEYS = List.of("rules", "categories", "fail-on", "min-confidence", "include",
            "exclude", "overrides", "dictionaries", "accept", "source-language", "glossary");
    private static final List<String> OVERRIDE_KEYS = List.of("files", "rules", "categories", "min-confidence");

    private final Optional<Path> explicit;
    private final Path workingDirectory;
    private final Map<Path, Optional<Path>> nearest = new ConcurrentHashMap<>();
    private final Map<Path, ConfigFile> parsed = new ConcurrentHashMap<>();

    /** {@code explicit}: the file given with --config, used for every input instead of discovery. */
    public ConfigLoader(Optional<Path> explicit) {
        this(explicit, Path.of("").toAbsolutePath());
    }

    ConfigLoader(Optional<Path> explicit, Path workingDirectory) {
        this.workingDirectory = workingDirectory;
        this.explicit = explicit.map(p -> p.toAbsolutePath().normalize());
        this.explicit.ifPresent(p -> {
            if (!Files.isRegularFile(p)) {
                throw new ConfigException(display(p) + ": --config: no such file");
            }
        });
    }

    /** The configuration that applies to {@code file} (which need not exist), if any. */
    public Optional<ConfigFile> forFile(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Optional<Path> config = explicit.isPresent() ? explicit : find(abs.getParent());
        return config.map(p -> parsed.computeIfAbsent(p, this::read));
    }

    private Optional<Path> find(Path directory) {
        if (directory == null) {
            return Optional.empty();
        }
        Optional<Path> known = nearest.get(directory);
        if (known != null) {
            return known;
        }
        Path candidate = directory.resolve(ConfigFile.NAME);
        Optional<Path> found = Files.isRegularFile(candidate) ? Optional.of(candidate) : find(directory.getParent());
        nearest.put(directory, found);
        return found;
    }

    private ConfigFile read(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(display(path) + ": cannot read: " + e.getMessage());
        }
        return parse(path, text);
    }

    /** Parses a config file's text; {@code path} names it in messages and anchors its relative paths. */
    public ConfigFile parse(Path path, String text) {
        Path abs = path.toAbsolutePath().normalize();
        return new Parser(abs, display(abs)).parse(text);
    }

    private String display(Path abs) {
        return abs.startsWith(workingDirectory) && !abs.equals(workingDirectory)
                ? workingDirectory.relativize(abs).toString() : abs.toString();
    }

    private static final class Parser {
        private final Path path;
        private final String display;
        private final List<ConfigException.Problem> problems = new ArrayList<>();


        Parser(Path path, String display) {
            this.path = path;
            this.display = display;
        }

        /** The file's settings; a ConfigException with every problem found, each with its line, when it has any. */
        ConfigFile parse(String text) {
            ConfigFile file = parseAll(text);
            if (!problems.isEmpty()) {
                throw new ConfigException(problems, file);
            }
            return file;
        }

        private ConfigFile parseAll(String text) {
            Node root;
            try {
                LoaderOptions options = new LoaderOptions();
                options.setAllowRecursiveKeys(false);
                root = new Yaml(options).compose(new StringReader(text));
            } catch (MarkedYAMLException e) {
                int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1
                        : e.getContextMark() != null ? e.getContextMark().getLine() + 1 : 1;
                String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
                String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
                throw new ConfigException(display + ":" + line + ": invalid YAML: " + problem + context);
            } catch (YAMLException e) {
                throw new ConfigException(display + ":1: invalid YAML: " + e.getMessage());
            }
            Settings settings = new Settings(List.of(), Map.of(), OptionalDouble.empty());
            Optional<String> failOn = Optional.empty();
            List<Glob> include = List.of();
            List<Glob> exclude = List.of();
            List<ConfigFile.Override> overrides = new ArrayList<>();
            List<Path> dictionaries = new ArrayList<>();
            List<String> accept = new ArrayList<>();
            if (root == null || root instanceof ScalarNode s && s.getValue().isBlank()) {
                return new ConfigFile(path, display, settings, failOn, include, exclude, overrides, dictionaries, accept,
                        ConfigFile.Bilingual.NONE);
            }
            Map<String, NodeTuple> top = mapping(root, null, KEYS);
            settings = settings(top, "");
            if (top.containsKey("fail-on")) {
                Node value = top.get("fail-on").getValueNode();
                String v = scalar(value, "fail-on");
                if (v != null && !ConfigFile.FAIL_ON.contains(v)) {
                    problem(value, "fail-on", "expected one of " + String.join(", ", ConfigFile.FAIL_ON));
                } else if (v != null) {
                    failOn = Optional.of(v);
                }
            }
            if (top.containsKey("include")) {
                include = globs(top.get("include").getValueNode(), "include");
            }
            if (top.containsKey("exclude")) {
                exclude = globs(top.get("exclude").getValueNode(), "exclude");
            }
            if (top.containsKey("overrides")) {
                Node list = top.get("overrides").getValueNode();
                for (Node item : sequence(list, "overrides")) {
                    Map<String, NodeTuple> o = mapping(item, "overrides", OVERRIDE_KEYS);
                    if (!(item instanceof MappingNode) && !isNull(item)) {
                        continue; // not a mapping: reported
                    }
                    if (!o.containsKey("files")) {
                        problem(item, "overrides", "each override needs 'files' (a list of globs)");
                        settings(o, "overrides.");
                        continue;
                    }
                    overrides.add(new ConfigFile.Override(globs(o.get("files").getValueNode(), "overrides.files"),
                            settings(o, "overrides."), line(item)));
                }
            }
            if (top.containsKey("dictionaries")) {
                for (Node item : sequence(top.get("dictionaries").getValueNode(), "dictionaries")) {
                    String name = scalar(item, "dictionaries");
                    if (name == null) {
                        continue;
                    }
                    Path file = path.getParent().resolve(name).normalize();
                    if (!name.endsWith(".dict") && !name.endsWith(".xml")) {
                        problem(item, "dictionaries", "expected a .dict dictionary or an .xml grammar rule file, got '" + name + "'");
                    } else if (!Files.isRegularFile(file)) {
                        problem(item, "dictionaries", "no such file: " + name + " (paths are relative to the config file)");
                    } else {
                        dictionaries.add(file);
                    }
                }
            }
            if (top.containsKey("accept")) {
                for (Node item : sequence(top.get("accept").getValueNode(), "accept")) {
                    String phrase = scalar(item, "accept");
                    if (phrase != null && phrase.isBlank()) {
                        problem(item, "accept", "expected a word or phrase, got an empty string");
                    } else if (phrase != null) {
                        accept.add(phrase.strip());
                    }
                }
            }
            return new ConfigFile(path, display, settings, failOn, include, exclude, overrides, dictionaries, accept, bilingual(top));
        }

        /** The source language and glossary (read here, so that a bad glossary is a problem of this file's line). */
        private ConfigFile.Bilingual bilingual(Map<String, NodeTuple> top) {
            Optional<String> language = Optional.empty();
            Optional<Glossary> glossary = Optional.empty();
            if (top.containsKey("source-language")) {
                Node value = top.get("source-language").getValueNode();
                String v = scalar(value, "source-language");
                Optional<String> wrong = v == null ? Optional.empty() : SourceLanguage.problem(v);
                if (wrong.isPresent()) {
                    problem(value, "source-language", wrong.get());
                } else if (v != null) {
                    language = Optional.of(v.toLowerCase(java.util.Locale.ROOT));
                }
            }
            if (top.containsKey("glossary")) {
                Node value = top.get("glossary").getValueNode();
                String name = scalar(value, "glossary");
                Path file = name == null ? null : path.getParent().resolve(name).normalize();
                if (file != null && !Files.isRegularFile(file)) {
                    problem(value, "glossary", "no such file: " + name + " (paths are relative to the config file)");
                } else if (file != null) {
                    try {
                        glossary = Optional.of(Glossary.read(file));
                    } catch (Glossary.GlossaryException e) {
                        problem(value, "glossary", e.getMessage());
                    }
                }
            }
            return new ConfigFile.Bilingual(language, glossary);
        }

        private Settings settings(Map<String, NodeTuple> map, String prefix) {
            List<Settings.RuleLevel> rules = new ArrayList<>();
            Map<Category, Level> categories = new LinkedHashMap<>();
            OptionalDouble minConfidence = OptionalDouble.empty();
            if (map.containsKey("rules")) {
                String key = prefix + "rules";
                for (Map.Entry<String, NodeTuple> e : mapping(map.get("rules").getValueNode(), key, null).entrySet()) {
                    String id = e.getKey();
                    Node idNode = e.getValue().getKeyNode();
                    try {
                        Glob.name(id);
                    } catch (IllegalArgumentException ex) {
                        problem(idNode, key, ex.getMessage());
                        continue;
                    }
                    Level level = level(e.getValue().getValueNode(), key + "." + id);
                    if (level != null) {
                        rules.add(new Settings.RuleLevel(id, level, line(idNode)));
                    }
                }
            }
            if (map.containsKey("categories")) {
                String key = prefix + "categories";
                for (Map.Entry<String, NodeTuple> e : mapping(map.get("categories").getValueNode(), key, null).entrySet()) {
                    Category category;
                    try {
                        category = Category.fromId(e.getKey());
                    } catch (IllegalArgumentException ex) {
                        problem(e.getValue().getKeyNode(), key, ex.getMessage());
                        continue;
                    }
                    Level level = level(e.getValue().getValueNode(), key + "." + e.getKey());
                    if (level != null) {
                        categories.put(category, level);
                    }
                }
            }
            if (map.containsKey("min-confidence")) {
                String key = prefix + "min-confidence";
                Node value = map.get("min-confidence").getValueNode();
                String v = scalar(value, key);
                double d;
                try {
                    d = v == null ? Double.NaN : Double.parseDouble(v);
                } catch (NumberFormatException ex) {
                    d = Double.NaN;
                }
                if (d >= 0 && d <= 1) {
                    minConfidence = OptionalDouble.of(d);
                } else if (v != null) {
                    problem(value, key, "expected a number from 0 to 1, got '" + v + "'");
                }
            }
            return new Settings(rules, categories, minConfidence);
        }

        /** The level written, or null (a problem recorded). */
        private Level level(Node value, String key) {
            String v = scalar(value, key);
            if (v == null) {
                return null;
            }
            Optional<Level> level = Level.parse(v);
            if (level.isEmpty()) {
                problem(value, key, "expected one of " + Level.CHOICES + ", got '" + v + "'");
            }
            return level.orElse(null);
        }

        /** A mapping's entries by key, in order; {@code allowed} null means any key. */
        private Map<String, NodeTuple> mapping(Node node, String key, List<String> allowed) {
            if (key != null && isNull(node)) {
                return Map.of();
            }
            if (!(node instanceof MappingNode m)) {
                problem(node, key == null ? "(top level)" : key, "expected a mapping of keys to values");
                return Map.of();
            }
            Map<String, NodeTuple> entries = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                String k = scalar(t.getKeyNode(), key == null ? "(top level)" : key);
                if (k == null) {
                    continue;
                }
                String full = key == null ? k : key + "." + k;
                if (allowed != null && !allowed.contains(k)) {
                    problem(t.getKeyNode(), full, "unknown key; expected one of " + String.join(", ", allowed));
                } else if (entries.containsKey(k)) {
                    problem(t.getKeyNode(), full, "duplicate key");
                } else {
                    entries.put(k, t);
                }
            }
            return entries;
        }

        /** A list, or a single scalar taken as a list of one. */
        private List<Node> sequence(Node node, String key) {
            if (node instanceof SequenceNode s) {
                return s.getValue();
            }
            if (isNull(node)) {
                return List.of();
            }
            if (node instanceof ScalarNode s && !s.getValue().isEmpty()) {
                return List.of(node);
            }
            problem(node, key, "expected a list");
            return List.of();
        }

        private List<Glob> globs(Node node, String key) {
            List<Glob> globs = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Node item : sequence(node, key)) {
                String g = scalar(item, key);
                try {
                    if (g != null && seen.add(g)) {
                        globs.add(Glob.of(g));
                    }
                } catch (IllegalArgumentException e) {
                    problem(item, key, e.getMessage());
                }
            }
            return globs;
        }

        /** The value, or null (a problem recorded) when it is a list or a mapping. */
        private String scalar(Node node, String key) {
            if (!(node instanceof ScalarNode s)) {
                problem(node, key, "expected a single value, not a " + (node instanceof MappingNode ? "mapping" : "list"));
                return null;
            }
            return s.getValue();
        }

        /** A key written with no value ({@code rules:}), taken as empty. */
        private static boolean isNull(Node node) {
            return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
        }

        private static int line(Node node) {
            return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
        }

        private void problem(Node node, String key, String message) {
            problems.add(new ConfigException.Problem(line(node), display + ":" + line(node) + ": '" + key + "': " + message));
        }
    }
}
