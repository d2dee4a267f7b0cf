package dev.unspin.bitext;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A glossary written in TBX (TermBase eXchange, ISO 30042; TBX-Basic and TBX v3), read safely like
 * every XML input ({@link SafeXml}). Each concept ({@code termEntry} or {@code conceptEntry}) gives
 * glossary rows: its terms in languages other than English are source terms, its first English term
 * that is not deprecated is the required translation, and its deprecated, superseded or forbidden
 * English terms ({@code termNote} of type {@code administrativeStatus} or {@code normativeAuthorization})
 * are forbidden. A concept with only forbidden English terms forbids them everywhere.
 */
final class TbxGlossary {
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private TbxGlossary() {
    }

    /** The rows, each as [source, target, forbidden...]; a GlossaryException names the file and problem. */
    static List<List<String>> read(Path file) {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new Glossary.GlossaryException(file + ": larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Glossary.GlossaryException(file + ": cannot read: " + e.getMessage());
        }
        try {
            SafeXml.check(text);
        } catch (BitextFormatException e) {
            throw new Glossary.GlossaryException(file + ": " + e.getMessage());
        }
        Document doc = Jsoup.parse(text, "", Parser.xmlParser());
        List<List<String>> rows = new ArrayList<>();
        List<Element> concepts = new ArrayList<>(doc.getElementsByTag("termEntry"));
        concepts.addAll(doc.getElementsByTag("conceptEntry"));
        if (concepts.isEmpty()) {
            throw new Glossary.GlossaryException(file + ": no termEntry or conceptEntry: not a TBX glossary");
        }
        for (Element concept : concepts) {
            rows.addAll(rows(concept));
        }
        return rows;
    }

    private static List<List<String>> rows(Element concept) {
        List<String> sources = new ArrayList<>();
        String required = "";
        List<String> forbidden = new ArrayList<>();
        List<Element> languages = new ArrayList<>(concept.getElementsByTag("langSet"));
        languages.addAll(concept.getElementsByTag("langSec"));
        for (Element language : languages) {
            boolean english = XmlBitextReader.language(language.attr("xml:lang")).equals("en");
            for (Element term : language.getElementsByTag("term")) {
                String written = term.text().strip();
                if (written.isEmpty()) {
                    continue;
                }
                boolean deprecated = deprecated(term.parent());
                if (english && deprecated) {
                    forbidden.add(written);
                } else if (english && required.isEmpty()) {
                    required = written;
                } else if (!english && !deprecated) {
                    sources.add(written);
                }
            }
        }
        List<List<String>> rows = new ArrayList<>();
        if (!required.isEmpty()) {
            for (String source : sources) {
                List<String> row = new ArrayList<>(List.of(source, required));
                row.addAll(forbidden);
                rows.add(row);
            }
        } else if (!forbidden.isEmpty()) {
            List<String> row = new ArrayList<>(List.of("", ""));
            row.addAll(forbidden);
            rows.add(row);
        }
        return rows;
    }

    /** Whether the term's group ({@code tig}, {@code ntig}, {@code termSec}) marks it deprecated, superseded or forbidden. */
    private static boolean deprecated(Element group) {
        if (group == null) {
            return false;
        }
        for (Element note : group.getElementsByTag("termNote")) {
            String type = note.attr("type");
            String value = note.text().toLowerCase(Locale.ROOT);
            if ((type.equals("administrativeStatus") || type.equals("normativeAuthorization"))
                    && (value.contains("deprecated") || value.contains("superseded") || value.contains("forbidden"))) {
                return true;
            }
        }
        return false;
    }
}
