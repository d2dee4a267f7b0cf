package dev.unspin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unspin.input.CsvReader;
import dev.unspin.input.CsvRecord;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNull;

/** Reports read back as their format (the project's CSV reader, a DOM parser without DTDs, Jackson), for the report tests. */
final class ParsedReports {
    private ParsedReports() {
    }

    /** Every row, the header first; a row the reader cannot read fails the test. */
    static List<List<String>> csv(String text) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), CsvReader.MAX_RECORD_BYTES)) {
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                assertNull(record.problem(), record::toString);
                rows.add(record.fields());
            }
        }
        return rows;
    }

    /** The document; text that is not well-formed XML (or declares a DTD) throws. */
    static org.w3c.dom.Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    /** The child elements of {@code parent} named {@code name}, in order. */
    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }
}
