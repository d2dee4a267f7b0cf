package dev.unspin.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The model was trained on American English, so British spellings ("programmes", "favourable",
 * "authorised", "defence") are words it does not know. Each rule here turns one British spelling
 * pattern into the American one; a word whose American spelling the model knows is read as that
 * word, instead of as an unknown (which would make it, and its neighbours, unjudgeable or suspect).
 */
final class BritishSpellings {
    private record Rule(Pattern british, String american) {
    }

    private static final List<Rule> RULES = List.of(
            rule("our(s|ed|ing|able|ably|ite|ites|ful|less)?$", "or$1"),
            rule("our(a|i|e)", "or$1"),
            rule("is(e|es|ed|ing|er|ers|ation|ations)$", "iz$1"),
            rule("ys(e|es|ed|ing)$", "yz$1"),
            rule("tre(s)?$", "ter$1"),
            rule("ogue(s)?$", "og$1"),
            rule("mme(s)?$", "m$1"),
            rule("ence(s)?$", "ense$1"),
            rule("ll(ed|ing|er|ers)$", "l$1"),
            rule("^enquir", "inquir"),
            rule("ae", "e"),
            rule("oe", "e"));

    private BritishSpellings() {
    }

    private static Rule rule(String british, String american) {
        return new Rule(Pattern.compile(british), american);
    }

    /** The id of the word's American spelling if the model knows one, else {@link TrigramModel#UNKNOWN}. */
    static int americanId(String word, TrigramModel model) {
        for (Rule rule : RULES) {
            var matcher = rule.british().matcher(word);
            if (matcher.find()) {
                int id = model.id(matcher.replaceFirst(rule.american()));
                if (id != TrigramModel.UNKNOWN) {
                    return id;
                }
            }
        }
        return TrigramModel.UNKNOWN;
    }
}
