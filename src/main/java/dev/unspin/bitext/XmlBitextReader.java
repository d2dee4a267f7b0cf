package dev.unspin.bitext;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * XLIFF 1.2 and 2.x and TMX: the file is first checked safe and well-formed ({@link SafeXml}), then
 * read with jsoup's XML parser, which tracks where each element is written, so a segment's
 * target is mapped character by character onto the file ({@link XmlContent}).
 */
final class XmlBitextReader {
    private XmlBitextReader() {
    }

    static Bitext xliff(String text) {
        Document doc = parse(text);
        Element root = doc.selectFirst("xliff");
        if (root == null) {
            throw new BitextFormatException("no <xliff> element: not an XLIFF file");
        }
        List<Segment> segments = new ArrayList<>();
        Optional<String> sourceLanguage = Optional.empty();
        if (!root.attr("srcLang").isEmpty()) {
            sourceLanguage = Optional.of(root.attr("srcLang"));
            requireEnglish(root.attr("trgLang"));
            for (Element unit : root.getElementsByTag("unit")) {
                List<Element> parts = unit.getElementsByTag("segment");
                for (Element segment : parts) {
                    String id = unit.attr("id") + (parts.size() > 1 || !segment.attr("id").isEmpty() ? "/" + segment.attr("id") : "");
                    segments.add(segment(text, id, segment, segment.selectFirst("> source"), segment.selectFirst("> target"))
                            .withNotes(notes(unit)));
                }
            }
        } else {
            for (Element file : root.getElementsByTag("file")) {
                if (sourceLanguage.isEmpty() && !file.attr("source-language").isEmpty()) {
                    sourceLanguage = Optional.of(file.attr("source-language"));
                }
                requireEnglish(file.attr("target-language"));
            }
            for (Element unit : root.getElementsByTag("trans-unit")) {
                if (unit.attr("translate").equals("no")) {
                    continue;
                }
                segments.add(segment(text, unit.attr("id"), unit, unit.selectFirst("> source"), unit.selectFirst("> target"))
                        .withNotes(notes(unit)));
            }
        }
        return new Bitext(segments, sourceLanguage.map(XmlBitextReader::language), text.length(), true);
    }

    static Bitext tmx(String text) {
        Document doc = parse(text);
        Element root = doc.selectFirst("tmx");
        if (root == null) {
            throw new BitextFormatException("no <tmx> element: not a TMX file");
        }
        Element header = root.selectFirst("header");
        String fileSource = header == null ? "" : header.attr("srclang");
        List<Segment> segments = new ArrayList<>();
        String seenSource = null;
        int number = 0;
        for (Element tu : root.getElementsByTag("tu")) {
            number++;
            String unitSource = tu.attr("srclang").isEmpty() ? fileSource : tu.attr("srclang");
            Element source = null;
            Element target = null;
            for (Element tuv : tu.getElementsByTag("tuv")) {
                String lang = tuv.attr("xml:lang").isEmpty() ? tuv.attr("lang") : tuv.attr("xml:lang");
                boolean english = language(lang).equals("en");
                if (english && target == null && !lang.equalsIgnoreCase(unitSource)) {
                    target = tuv.selectFirst("> seg");
                } else if (!english && source == null && (unitSource.isEmpty() || unitSource.equalsIgnoreCase("*all*")
                        || lang.equalsIgnoreCase(unitSource))) {
                    source = tuv.selectFirst("> seg");
                    seenSource = seenSource == null ? lang : seenSource;
                }
            }
            if (source == null) {
                continue;
            }
            String id = tu.attr("tuid").isEmpty() ? "tu " + number : tu.attr("tuid");
            segments.add(segment(text, id, tu, source, target).withNotes(notes(tu)));
        }
        String declared = fileSource.isEmpty() || fileSource.equalsIgnoreCase("*all*") ? seenSource : fileSource;
        return new Bitext(segments, Optional.ofNullable(declared).map(XmlBitextReader::language), text.length(), true);
    }

    /** The texts of a unit's {@code note} elements (XLIFF 1.2 and 2.x, TMX), in file order. */
    private static List<String> notes(Element unit) {
        return unit.getElementsByTag("note").stream().map(Element::wholeText).toList();
    }

    private static Document parse(String text) {
        SafeXml.check(text);
        return Jsoup.parse(text, "", Parser.xmlParser().setTrackPosition(true));
    }

    private static Segment segment(String text, String id, Element unit, Element source, Element target) {
        XmlContent.Content src = source == null ? new XmlContent.Content(new MappedText.Builder().build(), List.of())
                : content(text, source);
        List<InlineCode> sourceCodes = src.codes().stream().map(c -> new InlineCode(c.key(), -1, -1)).toList();
        XmlContent.Content tgt = target == null ? null : content(text, target);
        if (tgt == null || tgt.text().isEmpty() && tgt.codes().isEmpty()) {
            Element anchor = target == null ? unit : target;
            org.jsoup.nodes.Range.Position at = anchor.sourceRange().start();
            return new Segment(id, at.lineNumber(), at.columnNumber(), src.text().text(), sourceCodes,
                    new MappedText.Builder().build(), List.of(), at.pos(), anchor.sourceRange().end().pos());
        }
        org.jsoup.nodes.Range.Position at = target.sourceRange().end();
        return new Segment(id, at.lineNumber(), at.columnNumber(), src.text().text(), sourceCodes, tgt.text(), tgt.codes(),
                at.pos(), target.endSourceRange().start().pos());
    }

    private static XmlContent.Content content(String text, Element element) {
        int from = element.sourceRange().end().pos();
        int to = element.endSourceRange().isTracked() ? element.endSourceRange().start().pos() : from;
        return XmlContent.read(text, from, to);
    }

    /** The language of a tag such as de-DE, zh-Hans or en_US: de, zh, en. */
    static String language(String tag) {
        String lower = tag.toLowerCase(Locale.ROOT);
        int cut = lower.indexOf('-') >= 0 ? lower.indexOf('-') : lower.indexOf('_');
        return cut >= 0 ? lower.substring(0, cut) : lower;
    }

    static void requireEnglish(String targetLanguage) {
        if (!targetLanguage.isEmpty() && !language(targetLanguage).equals("en")) {
            throw new BitextFormatException("target language is " + targetLanguage
                    + "; unspin checks translations into English");
        }
    }
}
