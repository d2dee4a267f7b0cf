package dev.unspin.bitext;

import java.util.Locale;

/**
 * The checks of a translation against its source: each a rule with an id (group {@code source}), a
 * confidence, what it means, and one segment it must flag and one it must leave alone
 * ({@code SourceRuleExamplesTest} runs both). The glossary rules' examples use the glossary row
 * {@code Datei,file,document}.
 */
public enum SourceRule {
    UNTRANSLATED(0.95, "the segment is not translated: no target, or the target repeats the source",
            "de", "Datei speichern", "Datei speichern", "Save file"),
    SOURCE_SCRIPT(0.9, "the target holds text in the source's script (Chinese, Japanese, Cyrillic...), left untranslated",
            "zh", "保存文件", "Save 文件", "Save the file"),
    SOURCE_WORD(0.6, "a word of the source is left in the target untranslated: in lower case in both, with a letter English"
            + " does not use (é, ü, ñ...), and not an English word",
            "fr", "Le fichier est enregistré.", "The file is enregistré.", "The file is saved."),
    FULL_WIDTH_PUNCTUATION(0.8, "full-width (CJK) punctuation in English text",
            "zh", "你好，世界", "Hello，world", "Hello, world"),
    NUMBER_WORD(0.6, "the word next to a number in the source has none of its bilingual dictionary's translations near that number"
            + " in the target (a mistranslated unit or noun: 5倍 'five times' rendered '5 percent'); needs the source language's"
            + " dictionary (unspin-install-dictionaries), skipped without it",
            "zh", "出口增长了5倍。", "Exports grew by 5 percent.", "Exports grew 5 times.",
            "倍 倍 [bei4] /(two, three etc) -fold/times (multiplier)/double/to increase or multiply/"),
    FALSE_FRIEND(0.7, "a source word is rendered by an English look-alike of another meaning (de aktuell → 'actual', fr"
            + " librairie → 'library', es embarazada → 'embarrassed'), and none of its right translations is in the target",
            "de", "Die aktuelle Version ist 2.1.", "The actual version is 2.1.", "The current version is 2.1."),
    NUMBER_MISMATCH(0.9, "a number of the source is missing from the target, or the target has a number the source has not",
            "de", "Es kostet 1.234,50 Euro.", "It costs 1,243.50 euros.", "It costs 1,234.50 euros."),
    PLACEHOLDER_MISMATCH(0.95, "a placeholder or format specifier (%s, %1$d, {0}, {name}) is missing, added or changed",
            "de", "%d Dateien in %s gelöscht", "Deleted %d files", "Deleted %d files in %s"),
    INLINE_CODE_MISMATCH(0.9, "an inline code or markup tag of the source is missing from the target, or one was added",
            "de", "Klicken Sie <b>hier</b>", "Click here", "Click <b>here</b>"),
    URL_MISMATCH(0.9, "a URL of the source is missing from the target, changed, or added",
            "de", "Siehe https://example.org/hilfe", "See https://example.com/help", "See https://example.org/hilfe"),
    EMAIL_MISMATCH(0.9, "an e-mail address of the source is missing from the target, changed, or added",
            "fr", "Écrivez à support@example.org", "Write to help@example.org", "Write to support@example.org"),
    WHITESPACE_MISMATCH(0.6, "the target starts or ends with whitespace where the source does not, or the other way round",
            "de", "Name: ", "Name:", "Name: "),
    END_PUNCTUATION(0.7, "the target ends with other punctuation than the source (a question or exclamation lost)",
            "zh", "你在哪里？", "Where are you.", "Where are you?"),
    END_FULL_STOP(0.5, "the source ends with a full stop and the target with none (information: UI strings differ in this by"
            + " convention; a source ending in an abbreviation such as 'Nr.' or 'etc.' is left alone)",
            "de", "Die Datei wurde gespeichert.", "The file was saved", "The file was saved."),
    LENGTH_RATIO(0.6, "the target is far shorter or longer than translations of this length usually are for the language pair",
            "zh", "我们在二零二三年的会议上讨论了这个问题的所有方面以及可能的解决办法。", "We talked.",
            "We discussed every aspect of this problem and the possible solutions at the meeting in 2023."),
    GLOSSARY_REQUIRED(0.8, "a glossary term of the source is not translated with the glossary's target term",
            "de", "Die Datei ist leer.", "The record is empty.", "The file is empty."),
    GLOSSARY_FORBIDDEN(0.9, "the target uses a term the glossary forbids for this source term",
            "de", "Die Datei ist leer.", "The document is empty.", "The file is empty."),
    INCONSISTENT_TRANSLATION(0.6, "the same source text is translated differently elsewhere in the file",
            "de", "Abbrechen\nAbbrechen", "Cancel\nAbort", "Cancel\nCancel"),
    SHARED_TRANSLATION(0.5, "a translation of five words or more is given word for word to another, different source"
            + " elsewhere in the file (one of them is likely a copy)",
            "de", "Die Datei wurde erfolgreich gespeichert.\nDie Datei konnte nicht gespeichert werden.",
            "The file was saved successfully.\nThe file was saved successfully.",
            "The file was saved successfully.\nThe file could not be saved.");

    private final double confidence;
    private final String description;
    private final String exampleLanguage;
    private final String exampleSource;
    private final String flagTarget;
    private final String passTarget;
    private final String exampleDictionary;

    SourceRule(double confidence, String description, String exampleLanguage, String exampleSource, String flagTarget,
               String passTarget) {
        this(confidence, description, exampleLanguage, exampleSource, flagTarget, passTarget, "");
    }

    SourceRule(double confidence, String description, String exampleLanguage, String exampleSource, String flagTarget,
               String passTarget, String exampleDictionary) {
        this.exampleDictionary = exampleDictionary;
        this.confidence = confidence;
        this.description = description;
        this.exampleLanguage = exampleLanguage;
        this.exampleSource = exampleSource;
        this.flagTarget = flagTarget;
        this.passTarget = passTarget;
    }

    /** The rule's id: {@code source/number-mismatch}. */
    public String id() {
        return "source/" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public double confidence() {
        return confidence;
    }

    public String description() {
        return description;
    }

    /** The source language of the examples. */
    public String exampleLanguage() {
        return exampleLanguage;
    }

    /** The example's source text, one segment per line. */
    public String exampleSource() {
        return exampleSource;
    }

    /** A translation of {@link #exampleSource()} the rule must flag. */
    public String flagTarget() {
        return flagTarget;
    }

    /**
     * The bilingual dictionary the examples are checked with, in CC-CEDICT's format ("" when the rule needs none):
     * the examples do not depend on an installed dictionary.
     */
    public String exampleDictionary() {
        return exampleDictionary;
    }

    /** A translation of {@link #exampleSource()} the rule must leave alone. */
    public String passTarget() {
        return passTarget;
    }
}
