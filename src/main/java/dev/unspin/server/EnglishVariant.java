package dev.unspin.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;

/**
 * An English variant as LanguageTool names it ({@code English (GB)}, {@code en-GB}): the only languages
 * unspin checks. {@code auto} is taken for English (the first English variant among
 * {@code preferredVariants}, else American English): unspin does not detect languages.
 */
record EnglishVariant(String name, String longCode) {
    static final List<EnglishVariant> ALL = List.of(
            new EnglishVariant("English", "en"),
            new EnglishVariant("English (US)", "en-US"),
            new EnglishVariant("English (GB)", "en-GB"),
            new EnglishVariant("English (Australian)", "en-AU"),
            new EnglishVariant("English (Canadian)", "en-CA"),
            new EnglishVariant("English (New Zealand)", "en-NZ"),
            new EnglishVariant("English (South African)", "en-ZA"));

    static final EnglishVariant AMERICAN = ALL.get(1);

    String code() {
        return "en";
    }

    /** The variant a request's language field asks for; 400 for a language that is not English. */
    static EnglishVariant of(String requested, List<String> preferredVariants) {
        String code = requested.strip().replace('_', '-');
        if (code.equalsIgnoreCase("auto")) {
            return preferredVariants.stream().map(EnglishVariant::find).filter(v -> v != null).findFirst().orElse(AMERICAN);
        }
        EnglishVariant variant = find(code);
        if (variant == null) {
            throw new HttpProblem(400, "only English is supported (language=" + requested + "); use auto, en or one of en-US, en-GB, en-AU, en-CA, en-NZ, en-ZA");
        }
        return variant;
    }

    private static EnglishVariant find(String code) {
        for (EnglishVariant v : ALL) {
            if (v.longCode.equalsIgnoreCase(code.strip().replace('_', '-'))) {
                return v;
            }
        }
        return null;
    }

    /** GET /v2/languages: {@code [{"name", "code", "longCode"}]}, as LanguageTool lists its languages. */
    static ArrayNode languages() {
        ArrayNode list = JsonReply.MAPPER.createArrayNode();
        for (EnglishVariant v : ALL) {
            list.addObject().put("name", v.name).put("code", v.code()).put("longCode", v.longCode);
        }
        return list;
    }

    ObjectNode json() {
        ObjectNode node = JsonReply.MAPPER.createObjectNode();
        node.put("name", name).put("code", longCode);
        node.putObject("detectedLanguage").put("name", name).put("code", longCode).put("confidence", 1.0);
        return node;
    }

    @Override
    public String toString() {
        return longCode.toLowerCase(Locale.ROOT);
    }
}
