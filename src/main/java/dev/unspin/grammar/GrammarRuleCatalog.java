package dev.unspin.grammar;

import dev.unspin.engine.Category;
import dev.unspin.engine.CheckSettings;
import dev.unspin.engine.Document;
import dev.unspin.engine.Finding;
import dev.unspin.engine.RuleFiles;
import dev.unspin.engine.Severity;
import org.languagetool.rules.CorrectExample;
import org.languagetool.rules.IncorrectExample;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.languagetool.rules.patterns.PatternRuleLoader;
import org.languagetool.rules.patterns.PatternToken;
import org.languagetool.tagging.disambiguation.rules.DisambiguationPatternRule;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * unspin's own grammar rules (and a team's own {@code .xml} rule files) described one by one, for
 * {@code unspin rules list|explain|test}: where each rule is written, its pattern, and whether it
 * behaves on its own examples — run through the whole grammar detector, anchors included, as
 * {@code check} would (an incorrect example must be flagged once, at its marker, with its
 * correction as first suggestion; a correct one must not be flagged).
 */
public final class GrammarRuleCatalog {
    private static final Pattern QUOTED = Pattern.compile("\\\\Q(.*?)\\\\E");
    private static final Pattern SUGGESTION = Pattern.compile("<suggestion>(.*?)</suggestion>");

    private final RuleFiles rules;
    private final List<Rule> catalog = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private GrammarDetector detector;

    /** Loads every grammar file; a file LanguageTool cannot read is a problem, not an exception. */
    public GrammarRuleCatalog(RuleFiles rules) {
        this.rules = rules;
        for (RuleFiles.RuleFile file : rules.list("grammar", ".xml")) {
            List<AbstractPatternRule> loaded;
            try (InputStream in = new ByteArrayInputStream(file.content().getBytes(StandardCharsets.UTF_8))) {
                loaded = new PatternRuleLoader().getRules(in, file.name(), GrammarRuleLoader.english());
            } catch (IOException | RuntimeException e) {
                problems.add(file.origin() + ": not a valid LanguageTool rule file: " + rootCause(e));
                continue;
            }
            for (AbstractPatternRule rule : loaded) {
                catalog.add(new Rule(rule, file.origin(), lineOf(rule, file.content())));
            }
        }
    }

    /** Problems found while loading (files LanguageTool could not read). */
    public List<String> loadProblems() {
        return List.copyOf(problems);
    }

    public List<Rule> rules() {
        return List.copyOf(catalog);
    }

    /** Every problem: files that do not load, rules without examples, examples that misbehave. */
    public List<String> check() {
        List<String> all = new ArrayList<>(problems);
        for (Rule rule : catalog) {
            String where = rule.origin() + ":" + rule.line() + ": " + rule.fullId() + ": ";
            if (rule.rule.getIncorrectExamples().isEmpty()) {
                all.add(where + "has no example to flag (<example correction=\"...\">)");
            }
            if (rule.rule.getCorrectExamples().isEmpty()) {
                all.add(where + "has no example to leave alone (<example>)");
            }
            for (ExampleResult result : runExamples(rule)) {
                if (!result.ok()) {
                    all.add(where + result.problem());
                }
            }
        }
        return all;
    }

    /** Runs one rule's examples through the grammar detector. */
    public List<ExampleResult> runExamples(Rule rule) {
        List<ExampleResult> results = new ArrayList<>();
        for (IncorrectExample example : rule.rule.getIncorrectExamples()) {
            results.add(flags(rule, example));
        }
        for (CorrectExample example : rule.rule.getCorrectExamples()) {
            String text = unmarked(example.getExample());
            List<Finding> found = findingsOf(rule, text);
            results.add(new ExampleResult(false, example.getExample(), List.of(), found.isEmpty(),
                    found.isEmpty() ? "" : "flags its correct example (at '" + text.substring(found.get(0).start(), found.get(0).end())
                            + "'): " + text));
        }
        return results;
    }

    private ExampleResult flags(Rule rule, IncorrectExample example) {
        String marked = example.getExample();
        String text = unmarked(marked);
        int start = marked.indexOf("<marker>");
        int end = marked.indexOf("</marker>") - "<marker>".length();
        List<String> corrections = example.getCorrections();
        List<Finding> found = findingsOf(rule, text);
        String problem = "";
        if (found.isEmpty()) {
            problem = "does not flag its incorrect example: " + text;
        } else if (found.size() > 1) {
            problem = "flags its incorrect example " + found.size() + " times instead of once: " + text;
        } else {
            Finding f = found.get(0);
            if (start >= 0 && end >= start && (f.start() != start || f.end() != end)) {
                problem = "flags '" + text.substring(f.start(), f.end()) + "' instead of the marked '"
                        + text.substring(start, end) + "': " + text;
            } else if (!corrections.isEmpty() && (f.suggestions().isEmpty() || !f.suggestions().get(0).equals(corrections.get(0)))) {
                problem = "suggests " + f.suggestions() + " instead of the example's correction '" + corrections.get(0) + "': " + text;
            }
        }
        return new ExampleResult(true, marked, corrections, problem.isEmpty(), problem);
    }

    private List<Finding> findingsOf(Rule rule, String text) {
        if (detector == null) {
            detector = new GrammarDetector(rules);
        }
        return detector.detect(new Document("example", text), CheckSettings.defaults(), (id, category) -> id.equals(rule.id())).stream()
                .filter(f -> f.rule().equals(rule.id())).toList();
    }

    private static String unmarked(String example) {
        return example.replace("<marker>", "").replace("</marker>", "");
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /** The line of the rule's {@code <rule>} element (LanguageTool's, else found by its id). */
    private static int lineOf(AbstractPatternRule rule, String content) {
        if (rule.getXmlLineNumber() > 0) {
            return rule.getXmlLineNumber();
        }
        int at = content.indexOf("id=\"" + rule.getId() + "\"");
        if (at < 0) {
            return 0;
        }
        String subId = rule.getSubId();
        if (subId != null && subId.matches("\\d+") && content.lastIndexOf("<rulegroup", at) > content.lastIndexOf("<rule ", at)) {
            int n = Integer.parseInt(subId);
            int pos = at;
            for (int i = 0; i < n && pos >= 0; i++) {
                pos = content.indexOf("<rule", pos + 1);
                while (pos >= 0 && content.startsWith("<rulegroup", pos)) {
                    pos = content.indexOf("<rule", pos + 1);
                }
            }
            if (pos >= 0) {
                at = pos;
            }
        }
        return (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** One grammar rule (a rule of a rule group counts on its own; its id is the group's). */
    public static final class Rule {
        private final AbstractPatternRule rule;
        private final String origin;
        private final int line;

        Rule(AbstractPatternRule rule, String origin, int line) {
            this.rule = rule;
            this.origin = origin;
            this.line = line;
        }

        /** The id findings carry: {@code grammar/<rule or rule group id>}. */
        public String id() {
            return "grammar/" + rule.getId();
        }

        /** LanguageTool's id, with the rule's number inside its group: {@code UNSPIN_THE_PLACE_WHERE[2]}. */
        public String fullId() {
            return rule.getFullId();
        }

        public String origin() {
            return origin;
        }

        public int line() {
            return line;
        }

        public String name() {
            return rule.getDescription();
        }

        public Category category() {
            return GrammarDetector.categoryOf(rule);
        }

        public double confidence() {
            return GrammarDetector.PROJECT_RULE_CONFIDENCE;
        }

        public Severity severity() {
            return Severity.forConfidence(confidence());
        }

        public String message() {
            return rule.getMessage().replace("<suggestion>", "\u201C").replace("</suggestion>", "\u201D");
        }

        public List<String> suggestions() {
            List<String> suggestions = new ArrayList<>();
            for (String text : List.of(rule.getMessage(), rule.getSuggestionsOutMsg() == null ? "" : rule.getSuggestionsOutMsg())) {
                Matcher m = SUGGESTION.matcher(text);
                while (m.find()) {
                    if (!suggestions.contains(m.group(1))) {
                        suggestions.add(m.group(1));
                    }
                }
            }
            return suggestions;
        }

        /** The pattern, one token after another; the marked part (what a finding covers) in [brackets]. */
        public String pattern() {
            return render(rule.getPatternTokens());
        }

        /** The antipatterns: contexts where the rule never fires. */
        public List<String> antipatterns() {
            List<String> result = new ArrayList<>();
            for (DisambiguationPatternRule anti : rule.getAntiPatterns()) {
                result.add(render(anti.getPatternTokens()));
            }
            return result;
        }

        /** The words a sentence must contain before LanguageTool looks at it. */
        public String anchor() {
            return QUOTED.matcher(RuleAnchor.of(rule).toString()).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        }

        public int exampleCount() {
            return rule.getIncorrectExamples().size() + rule.getCorrectExamples().size();
        }

        private static String render(List<PatternToken> tokens) {
            boolean anyMarker = tokens.stream().anyMatch(PatternToken::isInsideMarker)
                    && !tokens.stream().allMatch(PatternToken::isInsideMarker);
            List<String> out = new ArrayList<>();
            boolean open = false;
            for (PatternToken t : tokens) {
                String token = render(t);
                if (anyMarker && t.isInsideMarker() && !open) {
                    token = "[" + token;
                    open = true;
                } else if (anyMarker && !t.isInsideMarker() && open) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + "]");
                    open = false;
                }
                out.add(token);
            }
            if (open) {
                out.set(out.size() - 1, out.get(out.size() - 1) + "]");
            }
            return String.join(" ", out);
        }

        private static String render(PatternToken t) {
            List<String> parts = new ArrayList<>();
            String s = t.getString();
            if (s != null && !s.isEmpty()) {
                parts.add(t.isRegularExpression() ? "/" + s + "/" : t.isInflected() ? "{" + s + "}" : s);
            }
            if (t.getPOStag() != null && !t.getPOStag().isEmpty()) {
                parts.add((t.getPOSNegation() ? "!" : "") + "@" + t.getPOStag());
            }
            if (t.getChunkTag() != null) {
                parts.add("chunk=" + t.getChunkTag());
            }
            String token = parts.isEmpty() ? "*" : String.join(" ", parts);
            if (t.getNegation()) {
                token = "!" + token;
            }
            if (t.hasExceptionList()) {
                List<String> exceptions = new ArrayList<>();
                for (PatternToken e : t.getExceptionList()) {
                    exceptions.add(render(e));
                }
                token += " except " + String.join(", ", exceptions);
            }
            if (t.getSkipNext() != 0) {
                token += " (then skip " + (t.getSkipNext() < 0 ? "any number of" : "up to " + t.getSkipNext()) + " tokens)";
            }
            if (t.getMinOccurrence() != 1 || t.getMaxOccurrence() != 1) {
                token += "{" + t.getMinOccurrence() + "," + (t.getMaxOccurrence() < 0 ? "" : t.getMaxOccurrence()) + "}";
            }
            return parts.size() > 1 || t.hasExceptionList() ? "<" + token + ">" : token;
        }
    }

    /**
     * How one example behaved.
     *
     * @param incorrect   an example the rule must flag (else one it must leave alone)
     * @param example     the example as written, with its {@code <marker>}
     * @param corrections the corrections an incorrect example expects
     * @param problem     why it misbehaved, empty when ok
     */
    public record ExampleResult(boolean incorrect, String example, List<String> corrections, boolean ok, String problem) {
    }
}
