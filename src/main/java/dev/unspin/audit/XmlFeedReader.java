package dev.unspin.audit;

import dev.unspin.input.InputFormat;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * An RSS 2.0 or Atom file (gzip-compressed or not), read as a stream (StAX) item by item. Safe
 * against external entities and entity expansion: a document type declaration is refused outright
 * (before any entity could be declared), DTDs and external entities are switched off in the parser
 * as well. Each {@code <item>} or {@code <entry>} is a record at {@code FILE:item N}: id from
 * guid/id (else the link, else the position), url from link, source from the link's host (else the
 * channel's or feed's link host), text from content:encoded, else description (RSS) or content,
 * else summary (Atom), read as HTML unless Atom says type="text". Broken XML is one failed record
 * at the next item; the items before it are kept, the rest of the file cannot be read.
 */
final class XmlFeedReader implements FeedReader {
    private static final XMLInputFactory FACTORY = hardened();

    private final Path file;
    private final String name;
    private final long maxRecordBytes;

    XmlFeedReader(Path file) {
        this(file, file.toString(), RecordSize.DEFAULT);
    }

    /** {@code name}: the file as positions show it; an item whose text is over {@code maxRecordBytes} characters fails. */
    XmlFeedReader(Path file, String name, long maxRecordBytes) {
        this.file = file;
        this.name = name;
        this.maxRecordBytes = maxRecordBytes;
    }

    static XMLInputFactory hardened() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static void trySet(XMLInputFactory factory, String property, Object value) {
        try {
            factory.setProperty(property, value);
        } catch (IllegalArgumentException e) {
            // not supported by this implementation; DTDs are refused anyway
        }
    }

    /** The fields of the item being read. */
    private static final class Item {
        String id;
        String link;
        String encoded;
        String description;
        String content;
        String summary;
        boolean textOnly;
    }

    @Override
    public String input() {
        return name;
    }

    @Override
    public void read(Consumer<FeedRecord> sink) {
        int items = 0;
        String feedHost = null;
        XMLStreamReader xml = null;
        try (InputStream in = Inputs.open(file)) {
            xml = FACTORY.createXMLStreamReader(in);
            int depth = 0;
            Item item = null;
            int itemDepth = -1;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    sink.accept(FeedRecord.failed(name + ":item " + (items + 1), "a DOCTYPE is not allowed in a feed"
                            + " (refused for safety against external entities and entity expansion); " + name + " was not read"));
                    return;
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new XMLStreamException("undeclared entity &" + xml.getLocalName() + ";", xml.getLocation());
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    if (item != null && depth == itemDepth) {
                        items++;
                        sink.accept(record(item, feedHost, name + ":item " + items));
                        item = null;
                    }
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                depth++;
                String local = xml.getLocalName();
                if (item == null) {
                    if (local.equals("item") || local.equals("entry")) {
                        item = new Item();
                        itemDepth = depth - 1;
                    } else if (local.equals("link") && feedHost == null) {
                        String href = xml.getAttributeValue(null, "href");
                        String link = href != null ? href : text(xml);
                        if (href == null) {
                            depth--;
                        }
                        feedHost = JsonLinesReader.hostOf(link);
                    }
                    continue;
                }
                String prefix = xml.getPrefix() == null ? "" : xml.getPrefix();
                String type = xml.getAttributeValue(null, "type");
                switch (local) {
                    case "guid", "id" -> {
                        item.id = text(xml).strip();
                        depth--;
                    }
                    case "link" -> {
                        String href = xml.getAttributeValue(null, "href");
                        String rel = xml.getAttributeValue(null, "rel");
                        if (href != null) {
                            if (item.link == null && (rel == null || rel.equals("alternate"))) {
                                item.link = href.strip();
                            }
                        } else {
                            item.link = text(xml).strip();
                            depth--;
                        }
                    }
                    case "encoded" -> {
                        item.encoded = text(xml);
                        depth--;
                    }
                    case "description" -> {
                        item.description = text(xml);
                        depth--;
                    }
                    case "content", "summary" -> {
                        boolean textOnly = "text".equals(type);
                        String value = "xhtml".equals(type) ? markup(xml) : text(xml);
                        depth--;
                        if (local.equals("content") && prefix.isEmpty()) {
                            item.content = value;
                            item.textOnly = textOnly;
                        } else if (local.equals("summary")) {
                            item.summary = value;
                            if (item.content == null) {
                                item.textOnly = textOnly;
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            sink.accept(brokenXml(e, name, items));
        } catch (RuntimeException e) {
            // Woodstox (the StAX provider when Hadoop's shaded copy is on the class path, as under Spark) reports
            // some malformed input lazily, as a RuntimeException around the XMLStreamException
            if (!(e.getCause() instanceof XMLStreamException cause)) {
                throw e;
            }
            sink.accept(brokenXml(cause, name, items));
        } catch (IOException e) {
            sink.accept(FeedRecord.failed(name + ":item " + (items + 1), Inputs.describe(e) + "; the rest of " + name + " could not be read"));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // closing only
                }
            }
        }
    }

    private static FeedRecord brokenXml(XMLStreamException e, String name, int items) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber()
                + ", column " + e.getLocation().getColumnNumber();
        String message = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[[^]]*]\\s*Message:\\s*", "");
        return FeedRecord.failed(name + ":item " + (items + 1), "broken XML" + where + ": "
                + message.strip().replaceAll("\\s+", " ") + "; the rest of " + name + " could not be read");
    }

    private FeedRecord record(Item item, String feedHost, String position) {
        String id = item.id != null && !item.id.isEmpty() ? item.id : item.link != null ? item.link : position;
        String source = JsonLinesReader.hostOf(item.link);
        if (source == null) {
            source = feedHost;
        }
        String body = item.encoded != null ? item.encoded : item.description != null ? item.description
                : item.content != null ? item.content : item.summary;
        if (body == null) {
            return FeedRecord.failed(id, source, item.link, position, "an item without content, description or summary");
        }
        if (body.length() > maxRecordBytes) {
            return FeedRecord.failed(id, source, item.link, position, RecordSize.tooLarge(body.length(), maxRecordBytes));
        }
        return FeedRecord.ofText(id, source, item.link, body, item.textOnly ? InputFormat.TEXT : InputFormat.HTML, position);
    }

    /** The text of an element with text only (CDATA included); child elements' text is kept, their tags dropped. */
    private static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> out.append(xml.getText());
                case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new XMLStreamException("undeclared entity &" + xml.getLocalName() + ";", xml.getLocation());
                default -> {
                }
            }
        }
        return out.toString();
    }

    /** Atom xhtml content as HTML: the child elements written back as tags (without attributes), text escaped. */
    private static String markup(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    out.append('<').append(xml.getLocalName()).append('>');
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (depth > 0) {
                        out.append("</").append(xml.getLocalName()).append('>');
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        out.append(xml.getText().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
                case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new XMLStreamException("undeclared entity &" + xml.getLocalName() + ";", xml.getLocation());
                default -> {
                }
            }
        }
        return out.toString();
    }
}
