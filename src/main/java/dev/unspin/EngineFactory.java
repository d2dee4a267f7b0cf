package dev.unspin;

import dev.unspin.dictionary.DictionaryDetector;
import dev.unspin.dictionary.PhraseDictionary;
import dev.unspin.dictionary.SwapVocabulary;
import dev.unspin.engine.CheckSettings;
import dev.unspin.engine.Detector;
import dev.unspin.engine.Engine;
import dev.unspin.engine.RuleFiles;
import dev.unspin.engine.DetectorKind;
import dev.unspin.grammar.GrammarDetector;
import dev.unspin.model.ModelDetector;
import dev.unspin.model.ModelLocation;
import dev.unspin.model.ModelSettings;
import dev.unspin.model.SynonymTable;
import dev.unspin.model.TrigramModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Assembles an {@link Engine} from the rule data and the chosen detectors. */
public final class EngineFactory {
    private EngineFactory() {
    }

    /** An engine over these rules (a team's own files join them through {@link RuleFiles#withFiles}). */
    public static Engine create(RuleFiles rules, Set<DetectorKind> sources, CheckSettings settings) {
        return create(rules, sources, settings, ModelLocation.defaultPath());
    }

    /** As above, with the model detector's language model read from {@code model}. */
    public static Engine create(RuleFiles rules, Set<DetectorKind> sources, CheckSettings settings, Path model) {
        List<Detector> detectors = new ArrayList<>();
        PhraseDictionary dictionary = sources.contains(DetectorKind.DICTIONARY) || sources.contains(DetectorKind.MODEL)
                ? PhraseDictionary.load(rules) : null;
        if (sources.contains(DetectorKind.DICTIONARY)) {
            detectors.add(new DictionaryDetector(dictionary));
        }
        if (sources.contains(DetectorKind.GRAMMAR)) {
            detectors.add(new GrammarDetector(rules));
        }
        // last, so that it sees what the others found (document-level evidence)
        if (sources.contains(DetectorKind.MODEL)) {
            detectors.add(new ModelDetector(TrigramModel.open(model), SwapVocabulary.of(dictionary),
                    SynonymTable.open(model.resolveSibling(SynonymTable.FILE_NAME)), ModelSettings.DEFAULT));
        }
        return new Engine(detectors, settings);
    }
}
