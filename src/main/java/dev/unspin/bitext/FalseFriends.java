package dev.unspin.bitext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * False friends ({@link SourceRule#FALSE_FRIEND}): a source word that looks like an English word of another
 * meaning (de <i>aktuell</i> "current", not "actual"), fired when the source has the word, the target has the
 * look-alike and none of the right translations. Each entry carries a translation it must flag and one it
 * must leave alone ({@code FalseFriendsTest} runs them all).
 */
final class FalseFriends {
    /**
     * One false friend: the source word's forms (a pattern matched at the start of a lower-case source word),
     * the look-alike English word's forms, the right translations' forms, the suggestion, and the examples.
     */
    record Entry(String language, Pattern source, Pattern lookAlike, Pattern right, String suggestion,
                 String exampleSource, String flagTarget, String passTarget) {
        Entry(String language, String source, String lookAlike, String right, String suggestion, String exampleSource,
              String flagTarget, String passTarget) {
            this(language, Pattern.compile("(?<!\\p{L})(?:" + source + ")", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE),
                    word(lookAlike), word(right), suggestion, exampleSource, flagTarget, passTarget);
        }

        private static Pattern word(String forms) {
            return Pattern.compile("(?<![A-Za-z])(?:" + forms + ")(?![A-Za-z])", Pattern.CASE_INSENSITIVE);
        }
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry("de", "aktuell", "actual", "current|currently|up-to-date|latest|present|topical|recent", "current",
                    "Die aktuelle Version ist 2.1.", "The actual version is 2.1.", "The current version is 2.1."),
            new Entry("de", "eventuell", "eventual|eventually", "possibly|possible|perhaps|maybe|may|might|potential|potentially|any",
                    "possibly", "Das Programm stürzt eventuell ab.", "The program eventually crashes.", "The program may crash."),
            new Entry("de", "chef(?!koch)", "chef|chefs", "boss|bosses|head|heads|manager|managers|chief|chiefs|leader|leaders", "boss",
                    "Der Chef hat angerufen.", "The chef called.", "The boss called."),
            new Entry("de", "bekomm|bekam", "become|becomes|became|becoming", "get|gets|got|gotten|getting|receive|receives|received|receiving|obtain|obtained",
                    "get", "Sie bekommen eine E-Mail.", "You become an e-mail.", "You get an e-mail."),
            new Entry("de", "sensib", "sensible", "sensitive|sensitivity", "sensitive",
                    "Das sind sensible Daten.", "These are sensible data.", "These are sensitive data."),
            new Entry("de", "gift(?!ig)|giftig", "gift|gifts|gifted", "poison|poisons|poisonous|toxic|venom", "poison",
                    "Das Gift wirkt schnell.", "The gift works quickly.", "The poison works quickly."),
            new Entry("fr", "actuel", "actual|actually", "current|currently|now|present|presently|today", "currently",
                    "Le fichier est actuellement ouvert.", "The file is actually open.", "The file is currently open."),
            new Entry("fr", "librairie", "library|libraries", "bookshop|bookshops|bookstore|bookstores|bookseller|booksellers", "bookshop",
                    "La librairie ferme à 19 heures.", "The library closes at 7 pm.", "The bookshop closes at 7 pm."),
            new Entry("fr", "éventuel", "eventual|eventually", "possible|possibly|any|potential|potentially|if necessary|optional|optionally",
                    "possibly", "Corrigez les éventuelles erreurs.", "Correct the eventual errors.", "Correct any errors."),
            new Entry("fr", "sensible", "sensible", "sensitive|sensitivity|noticeable|significant|appreciable", "sensitive",
                    "Ces données sont sensibles.", "These data are sensible.", "These data are sensitive."),
            new Entry("fr", "assist", "assist|assists|assisted|assisting", "attend|attends|attended|attending|witness|witnessed|watch|watched|help|helped",
                    "attend", "Il a assisté à la réunion.", "He assisted the meeting.", "He attended the meeting."),
            new Entry("es", "embarazad", "embarrassed|embarrassing", "pregnant|pregnancy", "pregnant",
                    "Mi hermana está embarazada.", "My sister is embarrassed.", "My sister is pregnant."),
            new Entry("es", "actual", "actual|actually", "current|currently|now|present|presently|today|nowadays", "currently",
                    "Actualmente vivo en Madrid.", "Actually I live in Madrid.", "Currently I live in Madrid."),
            new Entry("es", "sensible", "sensible", "sensitive|sensitivity|noticeable|significant", "sensitive",
                    "Es una piel sensible.", "It is sensible skin.", "It is sensitive skin."),
            new Entry("es", "librer[ií]a", "library|libraries", "bookshop|bookshops|bookstore|bookstores|bookseller|booksellers", "bookshop",
                    "La librería está cerrada.", "The library is closed.", "The bookshop is closed."),
            new Entry("es", "éxito|exito", "exit|exits", "success|successes|successful|successfully|hit", "success",
                    "La película fue un éxito.", "The film was an exit.", "The film was a success."),
            new Entry("es", "constipad", "constipated|constipation", "cold|colds|congested|stuffy|blocked", "a cold",
                    "Estoy constipado.", "I am constipated.", "I have a cold."));

    private FalseFriends() {
    }

    /** A look-alike in the target: its target offsets and the entry. */
    record Hit(int start, int end, Entry entry) {
    }

    static List<Hit> check(String source, String target, String language) {
        List<Hit> hits = new ArrayList<>();
        String lang = language.toLowerCase(Locale.ROOT);
        for (Entry e : ENTRIES) {
            if (!e.language().equals(lang) || !e.source().matcher(source).find() || e.right().matcher(target).find()) {
                continue;
            }
            Matcher m = e.lookAlike().matcher(target);
            while (m.find()) {
                hits.add(new Hit(m.start(), m.end(), e));
            }
        }
        return hits;
    }
}
