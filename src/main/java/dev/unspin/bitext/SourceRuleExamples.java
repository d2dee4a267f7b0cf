package dev.unspin.bitext;

import dev.unspin.bilingual.BilingualDictionaries;
import dev.unspin.bilingual.BilingualDictionary;
import dev.unspin.bilingual.CedictFile;
import dev.unspin.engine.Finding;
import dev.unspin.engine.RuleSelection;
import dev.unspin.input.InputFormat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Runs a check against the source on its own examples ({@link SourceRule#flagTarget()} must be flagged,
 * {@link SourceRule#passTarget()} left alone), each example read as a TSV file, one segment a line (so
 * leading and trailing whitespace count), with the glossary row {@code Datei,file,document}.
 */
public final class SourceRuleExamples {
    private static final Glossary GLOSSARY = Glossary.of(List.of(List.of("Datei", "file", "document")));

    private SourceRuleExamples() {
    }

    /** All checks' findings on the rule's example source translated as {@code target}, the rules chosen by {@code rules}. */
    public static List<Finding> findings(SourceRule rule, String target, RuleSelection rules) {
        return new SourceChecks(GLOSSARY, LengthRatios.CALIBRATED, dictionaries(rule)).check(bitext(rule, target), rule.exampleLanguage(), rules);
    }

    /** The rule's own findings on a translation of its example source. */
    public static List<Finding> ofRule(SourceRule rule, String target) {
        return findings(rule, target, RuleSelection.ALL).stream().filter(f -> f.rule().equals(rule.id())).toList();
    }

    /** The rule's example dictionary, read as CC-CEDICT: the dictionary of its example language. */
    private static BilingualDictionaries dictionaries(SourceRule rule) {
        if (rule.exampleDictionary().isEmpty()) {
            return BilingualDictionaries.NONE;
        }
        try {
            BilingualDictionary zh = CedictFile.read(new StringReader(rule.exampleDictionary()));
            return BilingualDictionaries.of(List.of(new BilingualDictionary(rule.exampleLanguage(), zh.entries())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Bitext bitext(SourceRule rule, String target) {
        String[] sources = rule.exampleSource().split("\n");
        String[] targets = target.split("\n");
        StringBuilder tsv = new StringBuilder("source\ttarget\n");
        for (int i = 0; i < sources.length; i++) {
            tsv.append(sources[i]).append('\t').append(targets[i]).append('\n');
        }
        return BitextReader.read(InputFormat.TSV, tsv.toString(), null);
    }
}
