package dev.unspin.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The text a LanguageTool request asks about: its {@code text}, or its {@code data} (annotated markup:
 * {@code {"annotation":[{"text":"..."},{"markup":"<b>","interpretAs":""}]}}, or just {@code {"text":"..."}}). Markup is left out of the
 * prose checked ({@code interpretAs} stands in for it), and offsets in the prose are mapped back to the
 * full original string (text and markup), as LanguageTool does.
 *
 * @param original the text as the client has it (for {@code data}: every part, text and markup, in order)
 * @param prose    what is checked
 */
record CheckText(String original, String prose, int[] startOf, int[] endOf) {

    /** For a plain text, which is checked as it is. */
    static CheckText plain(String text) {
        return new CheckText(text, text, null, null);
    }

    /** The request's text, from its {@code text} field or else its {@code data} field; 400 when it has neither. */
    static CheckText of(RequestFields fields) {
        if (fields.get("text").isPresent()) {
            return plain(fields.get("text").get());
        }
        if (fields.get("data").isPresent()) {
            return annotated(fields.get("data").get());
        }
        throw new HttpProblem(400, "missing the field 'text' (or 'data', annotated markup)");
    }

    static CheckText annotated(String data) {
        JsonNode root;
        try {
            root = JsonReply.MAPPER.readTree(data);
        } catch (JsonProcessingException e) {
            throw new HttpProblem(400, "'data' is not valid JSON: " + e.getOriginalMessage());
        }
        if (root != null && root.isObject() && root.get("annotation") == null && root.path("text").isTextual()) {
            return plain(root.get("text").asText());
        }
        JsonNode parts = root == null ? null : root.get("annotation");
        if (parts == null || !parts.isArray()) {
            throw new HttpProblem(400, "'data' must be {\"annotation\": [{\"text\": \"...\"}, {\"markup\": \"...\"}, ...]}");
        }
        StringBuilder original = new StringBuilder();
        StringBuilder prose = new StringBuilder();
        IntList starts = new IntList();
        IntList ends = new IntList();
        for (JsonNode part : parts) {
            JsonNode text = part.get("text");
            JsonNode markup = part.get("markup");
            if (text != null && text.isTextual()) {
                for (int i = 0; i < text.asText().length(); i++) {
                    starts.add(original.length() + i);
                    ends.add(original.length() + i + 1);
                }
                original.append(text.asText());
                prose.append(text.asText());
            } else if (markup != null && markup.isTextual()) {
                JsonNode as = part.get("interpretAs");
                String interpretAs = as != null && as.isTextual() ? as.asText() : "";
                int from = original.length();
                original.append(markup.asText());
                for (int i = 0; i < interpretAs.length(); i++) {
                    starts.add(from);
                    ends.add(original.length());
                }
                prose.append(interpretAs);
            } else {
                throw new HttpProblem(400, "each part of 'data' needs a string 'text' or 'markup'");
            }
        }
        return new CheckText(original.toString(), prose.toString(), starts.toArray(), ends.toArray());
    }

    /** Where a prose offset (a finding's start) is in the original. */
    int originalStart(int proseStart) {
        if (startOf == null) {
            return proseStart;
        }
        return proseStart < startOf.length ? startOf[proseStart] : original.length();
    }

    /** Where a prose end offset (exclusive) is in the original. */
    int originalEnd(int proseEnd) {
        if (endOf == null) {
            return proseEnd;
        }
        return proseEnd == 0 ? 0 : endOf[proseEnd - 1];
    }

    /** A growable int array. */
    private static final class IntList {
        private int[] values = new int[256];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
