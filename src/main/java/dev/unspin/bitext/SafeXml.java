package dev.unspin.bitext;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;

/**
 * Checks that a text is well-formed XML that is safe to read, with the JDK's StAX parser: no
 * document type declaration at all (so no external entity, no entity expansion), elements nested at
 * most {@link #MAX_DEPTH} deep and at most {@link #MAX_ELEMENTS} of them. Anything else is refused
 * with a one-line reason.
 */
final class SafeXml {
    static final int MAX_DEPTH = 64;
    static final int MAX_ELEMENTS = 5_000_000;

    private SafeXml() {
    }

    static void check(String text) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new StringReader(text));
            int depth = 0;
            int elements = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw refused(reader.getLocation(), "a document type declaration (<!DOCTYPE>) is refused:"
                            + " external entities and entity expansion are not allowed");
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw refused(reader.getLocation(), "undeclared entity &" + reader.getLocalName() + ";");
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    elements++;
                    if (depth > MAX_DEPTH) {
                        throw refused(reader.getLocation(), "elements nested more than " + MAX_DEPTH + " deep");
                    }
                    if (elements > MAX_ELEMENTS) {
                        throw refused(reader.getLocation(), "more than " + MAX_ELEMENTS + " elements");
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            String message = e.getMessage() == null ? "unreadable" : e.getMessage();
            int at = message.indexOf("Message: ");
            throw refused(e.getLocation(), (at >= 0 ? message.substring(at + 9) : message).replaceAll("\\s+", " ").trim());
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing was opened that needs closing
                }
            }
        }
    }

    private static BitextFormatException refused(Location at, String reason) {
        String where = at == null || at.getLineNumber() < 0 ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
        return new BitextFormatException("not accepted as XML" + where + ": " + reason);
    }
}
