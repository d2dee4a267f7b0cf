package dev.unspin.pipeline;

import dev.unspin.dictionary.DictionaryDetector;
import dev.unspin.dictionary.PhraseDictionary;
import dev.unspin.dictionary.SwapVocabulary;
import dev.unspin.engine.Detector;
import dev.unspin.engine.DetectorKind;
import dev.unspin.engine.Detectors;
import dev.unspin.engine.EvidenceDetector;
import dev.unspin.engine.RuleFiles;
import dev.unspin.grammar.GrammarDetector;
import dev.unspin.model.ModelDetector;
import dev.unspin.model.ModelSettings;
import dev.unspin.model.SynonymTable;
import dev.unspin.model.TrigramModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds the chosen detectors over a set of rule files. */
public final class DetectorFactory {
    private DetectorFactory() {
    }

    /**
     * The detectors of {@code kinds} over these rules; the model detector reads its language model
     * from {@code model} and learns the spinners' known swaps from the same dictionary.
     */
    public static Detectors create(RuleFiles rules, Set<DetectorKind> kinds, Path model) {
        List<Detector> direct = new ArrayList<>();
        List<EvidenceDetector> evidenceBased = new ArrayList<>();
        PhraseDictionary dictionary = kinds.contains(DetectorKind.DICTIONARY) || kinds.contains(DetectorKind.MODEL)
                ? PhraseDictionary.load(rules) : null;
        if (kinds.contains(DetectorKind.DICTIONARY)) {
            direct.add(new DictionaryDetector(dictionary));
        }
        if (kinds.contains(DetectorKind.GRAMMAR)) {
            direct.add(new GrammarDetector(rules));
        }
        if (kinds.contains(DetectorKind.MODEL)) {
            evidenceBased.add(new ModelDetector(TrigramModel.open(model), SwapVocabulary.of(dictionary),
                    SynonymTable.open(model.resolveSibling(SynonymTable.FILE_NAME)), ModelSettings.DEFAULT));
        }
        return new Detectors(direct, evidenceBased);
    }
}
