package dev.unspin.cli;

import dev.unspin.dictionary.DictionaryDetector;
import dev.unspin.dictionary.PhraseDictionary;
import dev.unspin.dictionary.SwapVocabulary;
import dev.unspin.engine.CheckSettings;
import dev.unspin.engine.Document;
import dev.unspin.engine.DocumentEvidence;
import dev.unspin.engine.Finding;
import dev.unspin.engine.RuleFiles;
import dev.unspin.engine.RuleSelection;
import dev.unspin.engine.SpinScorer;
import dev.unspin.grammar.GrammarDetector;
import dev.unspin.grammar.LanguageToolStages;
import dev.unspin.lexicon.Lexicon;
import dev.unspin.model.ModelDetector;
import dev.unspin.model.ModelLocation;
import dev.unspin.model.ModelSettings;
import dev.unspin.model.SynonymTable;
import dev.unspin.model.TrigramModel;
import dev.unspin.text.PosTagger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The start-up breakdown, run in a fresh JVM by {@code startup-bench --breakdown}: builds each part a
 * check of one file needs, one after the other, and prints how long each took (cumulative class
 * loading included, so each part is charged what it adds). The order is the order a check meets them.
 * Prints one line per stage: {@code stage<TAB>wall milliseconds<TAB>CPU milliseconds}, the CPU time being the
 * whole process's (every thread: JIT compilers and garbage collector too), which other load on the machine
 * disturbs less than the wall time.
 */
public final class StartupStages {
    /** The second argument that has LanguageTool's own disambiguator (every rule parsed) measured instead of unspin's. */
    static final String OWN_DISAMBIGUATOR = "--languagetool-disambiguator";
    private final List<String> lines = new ArrayList<>();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    private long last = System.nanoTime();
    private long lastCpu = os.getProcessCpuTime();

    private StartupStages() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2 || args.length == 2 && !args[1].equals(OWN_DISAMBIGUATOR)) {
            System.err.println("usage: StartupStages FILE [" + OWN_DISAMBIGUATOR + "]");
            System.exit(2);
        }
        StartupStages stages = new StartupStages();
        String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        stages.lap("read the file");
        Main.commandLine(new ByteArrayInputStream(new byte[0]), "check", args[0]).setCaseInsensitiveEnumValuesAllowed(true)
                .parseArgs("check", args[0]);
        stages.lap("picocli: command model and parse");
        RuleFiles rules = RuleFiles.packaged();
        stages.lap("packaged rules opened (jar file system)");
        Lexicon.english();
        stages.lap("morfologik English dictionaries");
        PhraseDictionary dictionary = PhraseDictionary.load(rules);
        stages.lap("dictionary: " + dictionary.entries().size() + " entries read, trie built");
        DictionaryDetector dictionaryDetector = new DictionaryDetector(dictionary);
        stages.lap("dictionary detector");
        GrammarDetector grammar = new GrammarDetector(rules);
        stages.lap("grammar rules loaded, anchors");
        TrigramModel model = TrigramModel.open(ModelLocation.defaultPath());
        stages.lap("language model opened");
        SwapVocabulary swaps = SwapVocabulary.of(dictionary);
        stages.lap("swap vocabulary");
        SynonymTable synonyms = SynonymTable.open(ModelLocation.defaultPath().resolveSibling(SynonymTable.FILE_NAME));
        stages.lap("synonym table opened");
        ModelDetector modelDetector = new ModelDetector(model, swaps, synonyms, ModelSettings.DEFAULT);
        stages.lap("model detector");
        Document document = new Document(args[0], text);
        document.sentences();
        stages.lap("document: " + document.wordCount() + " words, " + document.sentences().size() + " sentences");
        CheckSettings settings = CheckSettings.defaults();
        List<Finding> found = new ArrayList<>(dictionaryDetector.detect(document, settings, RuleSelection.ALL));
        stages.lap("dictionary detection");
        PosTagger.tag(document.tokens().subList(0, Math.min(5, document.tokens().size())));
        stages.lap("OpenNLP POS model (if not loaded yet: a check loads it only for a condition on tags)");
        LanguageToolStages.run(document, args.length > 1 && args[1].equals(OWN_DISAMBIGUATOR), stages::lap);
        found.addAll(grammar.detect(document, settings, RuleSelection.ALL));
        stages.lap("grammar detection (unspin's rules loaded and matched; the anchored sentences analysed again, warm)");
        found.addAll(modelDetector.detect(document, settings, RuleSelection.ALL,
                new DocumentEvidence(document, found, new SpinScorer())));
        stages.lap("model detection");
        stages.lines.forEach(System.out::println);
        System.out.println("findings\t" + found.size());
    }

    private void lap(String stage) {
        long now = System.nanoTime();
        long cpu = os.getProcessCpuTime();
        lines.add(String.format(Locale.ROOT, "%s\t%.0f\t%.0f", stage, (now - last) / 1e6, (cpu - lastCpu) / 1e6));
        last = System.nanoTime();
        lastCpu = os.getProcessCpuTime();
    }
}
