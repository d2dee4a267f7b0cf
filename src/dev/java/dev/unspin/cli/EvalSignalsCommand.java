package dev.unspin.cli;

import dev.unspin.eval.MobyThesaurus;
import dev.unspin.eval.SignalStudy;
import dev.unspin.model.DocumentSignals;
import dev.unspin.model.SynonymTable;
import dev.unspin.model.TrigramModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "eval-signals", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Whether weak document-level signals separate held-out spins from clean prose of every genre:",
                "how often a more frequent synonym (WordNet; the Moby thesaurus) fits the trigram context by 3 log10 units or more,",
                "lower-case words the language model does not know, and the text's mean log10 probability per word; one at a",
                "time and pooled by a logistic regression trained leave-one-generator-out. Same data as eval-heldout.",
                "Exit 2 if the data is missing."})
final class EvalSignalsCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    HeldoutDataOptions sample;

    @Override
    public Integer call() {
        HeldoutDataOptions.Loaded loaded = sample.load(spec.commandLine().getErr());
        if (loaded == null) {
            return 2;
        }
        Map<String, Set<String>> moby;
        try {
            moby = MobyThesaurus.read(sample.mobyWords()).bothWays();
        } catch (IOException e) {
            spec.commandLine().getErr().println("unspin-dev: " + e.getMessage());
            return 2;
        }
        long start = System.nanoTime();
        DocumentSignals signals = new DocumentSignals(TrigramModel.openDefault(), SynonymTable.openDefault(),
                lemma -> moby.getOrDefault(lemma, Set.of()));
        SignalStudy study = new SignalStudy(signals::of, DocumentSignals.NAMES, signals::wordGains, sample.threads);
        spec.commandLine().getOut().print(study.run(loaded.genres(), loaded.generators(), sample.cleanDocs, sample.spunDocs));
        spec.commandLine().getOut().print(sample.footer(start));
        return 0;
    }
}
