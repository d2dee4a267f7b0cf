package dev.unspin.cli;

import dev.unspin.model.ModelDetector;
import dev.unspin.text.EditDistance;

import dev.unspin.dictionary.DictionaryEntry;
import dev.unspin.dictionary.PhraseDictionary;
import dev.unspin.config.ConfigLoader;
import dev.unspin.engine.RuleFiles;
import dev.unspin.grammar.GrammarRuleCatalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules `unspin rules list|explain` look at: those {@code check} uses (the packaged rules or a
 * rules directory, plus the configuration's {@code dictionaries:}) and a team's own {@code .dict}
 * and {@code .xml} files named on the command line, with where each file comes from.
 */
final class RulePack {
    final RuleFiles files;
    final List<RuleFiles.RuleFile> dictionaryFiles;
    final List<RuleFiles.RuleFile> grammarFiles;
    private PhraseDictionary dictionary;
    private GrammarRuleCatalog grammar;

    private RulePack(RuleFiles files) {
        this.files = files;
        this.dictionaryFiles = files.list("dictionary", ".dict");
        this.grammarFiles = files.list("grammar", ".xml");
    }

    static RulePack load(Path directory, ConfigLoader loader, List<Path> extraFiles) {
        return new RulePack(ConfiguredRules.with(directory, loader, extraFiles));
    }

    PhraseDictionary dictionary() {
        if (dictionary == null) {
            dictionary = PhraseDictionary.fromFiles(dictionaryFiles);
        }
        return dictionary;
    }

    GrammarRuleCatalog grammar() {
        if (grammar == null) {
            grammar = new GrammarRuleCatalog(files);
        }
        return grammar;
    }

    /** Where an entry is written: its file's path (or place in the jar) and line. */
    String origin(DictionaryEntry entry) {
        RuleFiles.RuleFile file = fileOf(entry);
        String location = entry.location();
        return file == null ? location : file.origin() + location.substring(location.lastIndexOf(':'));
    }

    /** A location (file name:line) with the file's origin instead of its name, when only one loaded file has that name. */
    String origin(String location) {
        String name = location.substring(0, location.lastIndexOf(':'));
        List<RuleFiles.RuleFile> named = dictionaryFiles.stream().filter(f -> f.name().equals(name)).toList();
        return named.size() == 1 ? named.get(0).origin() + location.substring(name.length()) : location;
    }

    /** The entry's block as written in its file (comments left out). */
    String source(DictionaryEntry entry) {
        RuleFiles.RuleFile file = fileOf(entry);
        return file == null ? "" : blockAt(file.content(), lineOf(entry));
    }

    /** The file an entry comes from; files may share a name (a team's file named like a packaged one). */
    private RuleFiles.RuleFile fileOf(DictionaryEntry entry) {
        String name = entry.location().substring(0, entry.location().lastIndexOf(':'));
        for (RuleFiles.RuleFile file : dictionaryFiles) {
            if (file.name().equals(name) && entry.id().equals(fieldsOf(blockAt(file.content(), lineOf(entry))).get("id"))) {
                return file;
            }
        }
        return null;
    }

    private static int lineOf(DictionaryEntry entry) {
        return Integer.parseInt(entry.location().substring(entry.location().lastIndexOf(':') + 1));
    }

    /** Fields of the entry's block that are not modelled elsewhere (conditions, note), in file order. */
    Map<String, String> fields(DictionaryEntry entry) {
        return fieldsOf(source(entry));
    }

    private static Map<String, String> fieldsOf(String block) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : block.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        return fields;
    }

    private static String blockAt(String content, int line) {
        String[] lines = content.split("\r?\n", -1);
        StringBuilder block = new StringBuilder();
        for (int i = line - 1; i >= 0 && i < lines.length && !lines[i].isBlank(); i++) {
            if (!lines[i].strip().startsWith("#")) {
                block.append(lines[i].strip()).append('\n');
            }
        }
        return block.toString();
    }

    /** Every rule id people may ask about: dictionary ids, grammar ids with and without "grammar/", full ids. */
    List<String> ids() {
        List<String> ids = new ArrayList<>();
        ids.add(ModelDetector.RULE);
        dictionary().entries().forEach(e -> ids.add(e.id()));
        for (GrammarRuleCatalog.Rule r : grammar().rules()) {
            if (!ids.contains(r.id())) {
                ids.add(r.id());
            }
            if (!r.fullId().equals(r.id().substring("grammar/".length()))) {
                ids.add("grammar/" + r.fullId());
            }
        }
        return ids;
    }

    /**
     * Ids close to an unknown one: those containing it (or its words, for a phrase), or within a
     * small edit distance of it or of their part after the slash; closest first.
     */
    static List<String> closeMatches(String query, List<String> ids, int limit) {
        String q = query.toLowerCase(Locale.ROOT).strip();
        String slug = q.replaceAll("[^\\p{L}\\p{N}/_\\[\\]]+", "-").replaceAll("^-|-$", "");
        int tolerance = Math.max(2, q.length() / 4);
        record Scored(String id, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String id : ids) {
            String lower = id.toLowerCase(Locale.ROOT);
            String tail = lower.substring(lower.indexOf('/') + 1);
            int distance = Math.min(EditDistance.between(q, lower), Math.min(EditDistance.between(slug, lower), EditDistance.between(slug, tail)));
            boolean contains = slug.length() >= 3 && (lower.contains(slug) || tail.length() >= 3 && slug.contains(tail));
            if (contains || distance <= tolerance) {
                scored.add(new Scored(id, contains ? Math.min(distance, tolerance) : distance));
            }
        }
        return scored.stream().sorted(Comparator.comparingInt(Scored::score).thenComparing(Scored::id))
                .limit(limit).map(Scored::id).toList();
    }
}
