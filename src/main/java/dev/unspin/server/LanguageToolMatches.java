package dev.unspin.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unspin.engine.Category;
import dev.unspin.engine.Document;
import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;
import dev.unspin.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * unspin's findings as LanguageTool matches. Offsets and lengths are in UTF-16 code units (Java String
 * indices) of the original text, as LanguageTool's server counts them (its JSON writes
 * {@code RuleMatch.getFromPos()}, a Java String index) and as its JavaScript clients index strings; an
 * emoji before a match counts two.
 */
final class LanguageToolMatches {
    /** Characters of context on each side of a match, as LanguageTool's server gives. */
    static final int CONTEXT = 40;

    private LanguageToolMatches() {
    }

    static List<ObjectNode> of(DocumentResult result, CheckText text) {
        List<ObjectNode> matches = new ArrayList<>();
        for (Finding f : result.findings()) {
            matches.add(match(result.document(), f, text));
        }
        return matches;
    }

    private static ObjectNode match(Document document, Finding f, CheckText text) {
        int start = text.originalStart(f.start());
        int end = Math.max(start, text.originalEnd(f.end()));
        ObjectNode m = JsonReply.MAPPER.createObjectNode();
        m.put("message", f.message());
        m.put("shortMessage", categoryName(f.category()));
        var replacements = m.putArray("replacements");
        f.suggestions().forEach(s -> replacements.addObject().put("value", s));
        m.put("offset", start);
        m.put("length", end - start);
        putContext(m.putObject("context"), text.original(), start, end);
        m.put("sentence", sentence(document, f));
        m.putObject("type").put("typeName", "Other");
        ObjectNode rule = m.putObject("rule");
        rule.put("id", f.rule());
        rule.put("description", categoryName(f.category()) + " (unspin rule " + f.rule() + ")");
        rule.put("issueType", issueType(f.category()));
        rule.putObject("category").put("id", categoryId(f.category())).put("name", categoryName(f.category()));
        m.put("ignoreForIncompleteSentence", false);
        m.put("contextForSureMatch", 0);
        return m;
    }

    /** Up to {@link #CONTEXT} characters each side, "..." where cut, line breaks as spaces. */
    private static void putContext(ObjectNode context, String original, int start, int end) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(original.length(), end + CONTEXT);
        String prefix = from > 0 ? "..." : "";
        String suffix = to < original.length() ? "..." : "";
        String window = original.substring(from, to).replace('\r', ' ').replace('\n', ' ');
        context.put("text", prefix + window + suffix);
        context.put("offset", prefix.length() + start - from);
        context.put("length", end - start);
    }

    /** The sentence of the checked prose the finding starts in. */
    private static String sentence(Document document, Finding f) {
        for (Sentence s : document.sentences()) {
            int end = document.normalized().originalEnd(s.end());
            if (end > f.start()) {
                int start = document.normalized().originalStart(s.start());
                return document.original().substring(Math.min(start, f.start()), Math.max(end, f.end())).strip();
            }
        }
        return document.original().substring(f.start(), f.end());
    }

    /** The ITS issue type LanguageTool clients colour by. */
    static String issueType(Category category) {
        return switch (category) {
            case SPINNER_SYNONYM, TORTURED_PHRASE, SPUN_COPY -> "style";
            case MACHINE_TRANSLATION -> "mistranslation";
            case GRAMMAR -> "grammar";
        };
    }

    /** The category id in LanguageTool's style: UNSPIN_TORTURED_PHRASE. */
    static String categoryId(Category category) {
        return "UNSPIN_" + category.name().toUpperCase(Locale.ROOT);
    }

    static String categoryName(Category category) {
        String words = category.id().replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
