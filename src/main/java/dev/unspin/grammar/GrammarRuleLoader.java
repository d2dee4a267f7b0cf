package dev.unspin.grammar;

import dev.unspin.engine.RuleFiles;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.languagetool.rules.patterns.FalseFriendRuleLoader;
import org.languagetool.rules.patterns.PatternRuleLoader;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Loads LanguageTool pattern rules: unspin's own ({@code rules/grammar/*.xml}) and LanguageTool's
 * English false friends for a source language. Each call returns fresh rule objects, so every
 * thread can own its copies.
 */
final class GrammarRuleLoader {
    private static final String FALSE_FRIENDS = "/org/languagetool/rules/false-friends.xml";

    private final List<RuleFiles.RuleFile> files;

    GrammarRuleLoader(RuleFiles rules) {
        this.files = rules.list("grammar", ".xml");
    }

    /** The grammar rule files, in load order. */
    List<RuleFiles.RuleFile> files() {
        return files;
    }

    static Language english() {
        return Languages.getLanguageForShortCode("en-US");
    }

    /**
     * The source language as LanguageTool knows it. Its false-friend rules only need the language
     * registered by code, so where unspin does not ship LanguageTool's module for it (tens of
     * megabytes each) a bare registration without a spelling dictionary stands in.
     */
    private static synchronized Language sourceLanguage(String code) {
        if (Languages.isLanguageSupported(code)) {
            return Languages.getLanguageForShortCode(code);
        }
        String name = new Locale(code).getDisplayLanguage(Locale.ENGLISH);
        return Languages.addLanguage(name, code, new File("no-spelling-dictionary-" + code + ".dict"));
    }

    List<AbstractPatternRule> projectRules() {
        List<AbstractPatternRule> rules = new ArrayList<>();
        for (RuleFiles.RuleFile file : files) {
            try (InputStream in = new ByteArrayInputStream(file.content().getBytes(StandardCharsets.UTF_8))) {
                rules.addAll(new PatternRuleLoader().getRules(in, file.name(), english()));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("grammar rules " + file.name() + ": " + e.getMessage(), e);
            }
        }
        return rules;
    }

    /** LanguageTool's false friends between the source language and English. */
    List<AbstractPatternRule> falseFriends(String sourceLanguage) {
        Language source = sourceLanguage(sourceLanguage);
        try (InputStream in = GrammarRuleLoader.class.getResourceAsStream(FALSE_FRIENDS)) {
            if (in == null) {
                throw new IllegalStateException("LanguageTool's false-friends.xml is missing from the class path");
            }
            return new FalseFriendRuleLoader(source).getRules(in, english(), source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load LanguageTool's false friends for '" + sourceLanguage + "': " + e.getMessage(), e);
        }
    }
}
