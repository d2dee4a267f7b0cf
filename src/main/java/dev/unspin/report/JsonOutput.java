package dev.unspin.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Writes JSON trees to a report stream without closing it: pretty-printed, or one per line. */
final class JsonOutput {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonOutput() {
    }

    static void pretty(JsonNode node, PrintWriter out) {
        write(node, out, true);
    }

    static void line(JsonNode node, PrintWriter out) {
        write(node, out, false);
    }

    private static void write(JsonNode node, PrintWriter out, boolean pretty) {
        try {
            JsonGenerator generator = MAPPER.getFactory().createGenerator(out);
            if (pretty) {
                generator.setPrettyPrinter(new DefaultPrettyPrinter());
            }
            MAPPER.writeTree(generator, node);
            generator.flush();
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
