package dev.unspin.grammar;

import dev.unspin.engine.Category;
import dev.unspin.engine.CheckSettings;
import dev.unspin.engine.Detector;
import dev.unspin.engine.Document;
import dev.unspin.engine.Finding;
import dev.unspin.engine.RuleFiles;
import dev.unspin.engine.RuleSelection;
import dev.unspin.engine.Severity;
import dev.unspin.engine.DetectorKind;
import dev.unspin.text.NormalizedText;
import dev.unspin.text.Sentence;
import org.languagetool.AnalyzedSentence;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.languagetool.rules.patterns.FalseFriendPatternRule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs LanguageTool pattern rules (unspin's own, and false friends for {@code --source-language})
 * on exactly the sentences that contain one of their anchors. LanguageTool is started only when a
 * document has such a sentence, once per thread.
 */
public final class GrammarDetector implements Detector {
    /** Confidence of a match, per kind of rule: unspin's context rules are written to be precise. */
    static final double PROJECT_RULE_CONFIDENCE = 0.85;
    static final double FALSE_FRIEND_CONFIDENCE = 0.55;

    private final GrammarRuleLoader loader;
    private final Map<String, List<AnchoredRule>> anchorsByLanguage = new ConcurrentHashMap<>();
    private final ThreadLocal<LanguageToolSession> sessions;

    /**
     * The detector over these rules' grammar files. For unspin's packaged rules the anchors the build
     * compiled are read ({@link CompiledAnchors}), so LanguageTool loads the rules only once a sentence
     * needs it; other rules are loaded with LanguageTool here.
     */
    public GrammarDetector(RuleFiles rules) {
        this.loader = new GrammarRuleLoader(rules);
        this.sessions = ThreadLocal.withInitial(() -> new LanguageToolSession(loader));
        Optional<List<AnchoredRule>> compiled = rules.isPackagedOnly()
                ? CompiledAnchors.readPackaged(loader.files()) : Optional.empty();
        anchorsByLanguage.put("", compiled.orElseGet(() -> anchorsOf(loader.projectRules())));
    }

    /**
     * Starts LanguageTool in the background when one of the document's sentences holds an enabled rule's
     * anchor, with the disambiguation rules those sentences can need.
     */
    @Override
    public void prepare(Document document, CheckSettings settings, RuleSelection rules) {
        List<String> candidates = candidateSentences(document, settings, rules);
        if (!candidates.isEmpty()) {
            LanguageToolWarmUp.start(candidates);
        }
    }

    /** The text of each of the document's sentences that holds an enabled rule's anchor. */
    List<String> candidateSentences(Document document, CheckSettings settings, RuleSelection rules) {
        List<AnchoredRule> anchors = anchorsByLanguage.computeIfAbsent(settings.sourceLanguage().orElse(""), this::anchorsFor);
        boolean[] enabled = enabled(anchors, rules);
        List<String> candidates = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            if (!candidateRules(document, sentence, anchors, enabled).isEmpty()) {
                candidates.add(sentenceText(document, sentence));
            }
        }
        return candidates;
    }

    private static String sentenceText(Document document, Sentence sentence) {
        return document.normalized().text().substring(sentence.start(), sentence.end());
    }

    @Override
    public List<Finding> detect(Document document, CheckSettings settings, RuleSelection rules) {
        String language = settings.sourceLanguage().orElse("");
        List<AnchoredRule> anchors = anchorsByLanguage.computeIfAbsent(language, this::anchorsFor);
        boolean[] enabled = enabled(anchors, rules);
        List<Finding> findings = new ArrayList<>();
        LanguageToolSession session = null;
        for (Sentence sentence : document.sentences()) {
            List<Integer> candidates = candidateRules(document, sentence, anchors, enabled);
            if (candidates.isEmpty()) {
                continue;
            }
            if (session == null) {
                session = sessions.get();
            }
            findings.addAll(check(document, sentence, session.rules(settings.sourceLanguage()), candidates, session));
        }
        return findings;
    }

    /** The project rules' anchors followed by those of the source language's false friends (the session's rule order). */
    private List<AnchoredRule> anchorsFor(String language) {
        List<AnchoredRule> anchors = new ArrayList<>(anchorsByLanguage.get(""));
        anchors.addAll(anchorsOf(loader.falseFriends(language)));
        return anchors;
    }

    private static List<AnchoredRule> anchorsOf(List<AbstractPatternRule> rules) {
        return rules.stream().map(AnchoredRule::of).toList();
    }

    /** Which of the rules (in anchor order) the selection lets run. */
    private static boolean[] enabled(List<AnchoredRule> anchors, RuleSelection rules) {
        boolean[] enabled = new boolean[anchors.size()];
        for (int i = 0; i < anchors.size(); i++) {
            enabled[i] = rules.enabled(anchors.get(i).id(), anchors.get(i).category());
        }
        return enabled;
    }

    private static List<Integer> candidateRules(Document document, Sentence sentence, List<AnchoredRule> anchors,
                                                boolean[] enabled) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            if (enabled[i] && anchors.get(i).anchor().foundIn(document.tokens(), sentence.firstToken(), sentence.endToken())) {
                candidates.add(i);
            }
        }
        return candidates;
    }

    private static List<Finding> check(Document document, Sentence sentence, List<AbstractPatternRule> rules,
                                       List<Integer> candidates, LanguageToolSession session) {
        NormalizedText text = document.normalized();
        String sentenceText = sentenceText(document, sentence);
        List<Finding> findings = new ArrayList<>();
        try {
            AnalyzedSentence analyzed = session.analyse(sentenceText);
            for (int index : candidates) {
                AbstractPatternRule rule = rules.get(index);
                for (RuleMatch match : rule.match(analyzed)) {
                    int start = text.originalStart(sentence.start() + match.getFromPos());
                    int end = text.originalEnd(sentence.start() + match.getToPos());
                    findings.add(toFinding(rule, match, start, end));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool failed on a sentence of " + document.path(), e);
        }
        return findings;
    }

    private static Finding toFinding(AbstractPatternRule rule, RuleMatch match, int start, int end) {
        double confidence = rule instanceof FalseFriendPatternRule ? FALSE_FRIEND_CONFIDENCE : PROJECT_RULE_CONFIDENCE;
        String message = match.getMessage().replace("<suggestion>", "\u201C").replace("</suggestion>", "\u201D");
        return new Finding(ruleId(rule), categoryOf(rule), Severity.forConfidence(confidence), confidence,
                start, end, match.getSuggestedReplacements(), message, DetectorKind.GRAMMAR);
    }

    /** A rule's id in reports and configuration: {@code grammar/} and LanguageTool's id. */
    static String ruleId(AbstractPatternRule rule) {
        return "grammar/" + rule.getId();
    }

    /**
     * False friends are machine-translation findings; unspin's rule files name their categories
     * UNSPIN_SPINNER_*, UNSPIN_TORTURED_* or UNSPIN_TRANSLATION_*.
     */
    static Category categoryOf(AbstractPatternRule rule) {
        if (rule instanceof FalseFriendPatternRule) {
            return Category.MACHINE_TRANSLATION;
        }
        String id = rule.getCategory().getId().toString();
        if (id.startsWith("UNSPIN_TORTURED")) {
            return Category.TORTURED_PHRASE;
        }
        if (id.startsWith("UNSPIN_TRANSLATION")) {
            return Category.MACHINE_TRANSLATION;
        }
        if (id.startsWith("UNSPIN_SPINNER")) {
            return Category.SPINNER_SYNONYM;
        }
        return Category.GRAMMAR;
    }

    /** Whether this thread has started LanguageTool (it is started only for a sentence that needs it). */
    boolean languageToolStarted() {
        return sessions.get().started();
    }
}
