package dev.unspin;

import dev.unspin.dictionary.DictionaryDetector;
import dev.unspin.dictionary.PhraseDictionary;
import dev.unspin.engine.CheckSettings;
import dev.unspin.engine.Detector;
import dev.unspin.engine.Engine;
import dev.unspin.engine.RuleFiles;
import dev.unspin.engine.Source;
import dev.unspin.grammar.GrammarDetector;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Assembles an {@link Engine} from the rule data and the chosen detectors. */
public final class EngineFactory {
    private EngineFactory() {
    }

    public static Engine create(RuleFiles rules, Set<Source> sources, CheckSettings settings) {
        return create(rules, List.of(), sources, settings);
    }

    /** An engine whose dictionary holds {@code extraDictionaries} (a team's own .dict files) as well as the rules'. */
    public static Engine create(RuleFiles rules, List<RuleFiles.RuleFile> extraDictionaries, Set<Source> sources,
                                CheckSettings settings) {
        List<Detector> detectors = new ArrayList<>();
        if (sources.contains(Source.DICTIONARY)) {
            List<RuleFiles.RuleFile> dictionaries = new ArrayList<>(rules.list("dictionary", ".dict"));
            dictionaries.addAll(extraDictionaries);
            detectors.add(new DictionaryDetector(PhraseDictionary.fromFiles(dictionaries)));
        }
        if (sources.contains(Source.GRAMMAR)) {
            detectors.add(new GrammarDetector(rules));
        }
        return new Engine(detectors, settings);
    }
}
