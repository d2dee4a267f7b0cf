package dev.unspin.dictionary;

import java.util.Map;

/**
 * One entry as written in a {@code .dict} file, before its fields are interpreted.
 *
 * @param file   the file's name, as entries' locations give it
 * @param origin where the file was read from (its path, or its place in unspin's jar)
 * @param line   the line the entry starts on
 * @param fields its {@code key: value} lines, in file order
 */
record DictionaryBlock(String file, String origin, int line, Map<String, Field> fields) {
    DictionaryBlock {
        fields = Map.copyOf(fields);
    }

    /** A field's value (stripped) and its line. */
    record Field(String value, int line) {
    }

    String location() {
        return file + ":" + line;
    }

    /** The entry's location as people find it: its file's origin and line. */
    String originLocation() {
        return origin + ":" + line;
    }

    /** The line of a field, for a message about it; the entry's own line when the field is absent. */
    String locationOf(String key) {
        Field field = fields.get(key);
        return file + ":" + (field == null ? line : field.line());
    }

    /** The field's value, or null when it is absent. */
    String value(String key) {
        Field field = fields.get(key);
        return field == null ? null : field.value();
    }
}
