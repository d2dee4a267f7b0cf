package dev.unspin.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "startup-bench", mixinStandardHelpOptions = true,
        description = {"Measure unspin's start-up as a user meets it: the whole process, started afresh for every run "
                + "(`java [OPTIONS] -jar JAR ...`, or --command), for three workloads: --version, one clean page with every "
                + "detector, and the sample article. Prints the median, min and max wall time of --runs runs each, after "
                + "one run that is not counted (it fills the operating system's file cache), and the median CPU time (user + "
                + "system, all the JVM's threads; Linux only) of the runs, which other load on the machine disturbs less.",
                "",
                "With --breakdown it then runs, in one fresh JVM per file, the parts a check builds one after the other "
                        + "(picocli, the rules, the dictionary, the grammar rules, the language model, LanguageTool, OpenNLP, "
                        + "each detector) and prints what each added."})
final class StartupBenchCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--jar", paramLabel = "JAR", description = "The jar to run (default: ${DEFAULT-VALUE}).")
    Path jar = Path.of("target/unspin.jar");

    @Option(names = "--java-option", paramLabel = "OPTION",
            description = "An option for the measured JVMs, e.g. -XX:SharedArchiveFile=target/unspin.jsa (repeatable).")
    List<String> javaOptions = new ArrayList<>();

    @Option(names = "--command", paramLabel = "COMMAND",
            description = "Run this instead of `java [OPTIONS] -jar JAR` (split at spaces), e.g. a distribution's bin/unspin.")
    String command;

    @Option(names = "--runs", paramLabel = "N", converter = AtLeastOne.class, description = "Measured runs per workload (default: ${DEFAULT-VALUE}).")
    int runs = 5;

    @Option(names = "--page", paramLabel = "FILE", description = "The clean page (default: ${DEFAULT-VALUE}, 307 words).")
    Path page = Path.of("samples/heldout/clean/news-climate-summit.txt");

    @Option(names = "--article", paramLabel = "FILE", description = "The sample article (default: ${DEFAULT-VALUE}).")
    Path article = Path.of("samples/spun-news-2023-05-03.txt");

    @Option(names = "--breakdown", description = "Also print where the time of a check goes, part by part.")
    boolean breakdown;

    @Option(names = "--languagetool-disambiguator",
            description = "In the breakdown, LanguageTool's own English disambiguator (every rule parsed) instead of unspin's.")
    boolean ownDisambiguator;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        for (Path file : List.of(page, article)) {
            if (!Files.isRegularFile(file)) {
                spec.commandLine().getErr().println("unspin-dev: startup-bench: " + file + ": no such file");
                return 2;
            }
        }
        if (command == null && !Files.isRegularFile(jar)) {
            spec.commandLine().getErr().println("unspin-dev: startup-bench: " + jar + ": no such jar (build it with mvn -DskipTests package)");
            return 2;
        }
        out.printf(Locale.ROOT, "startup-bench: %s, %d runs per workload (plus one not counted)%n", String.join(" ", launcher()), runs);
        Map<String, List<String>> workloads = new LinkedHashMap<>();
        workloads.put("--version", List.of("--version"));
        workloads.put("clean page (" + words(page) + " words, every detector)", List.of("check", page.toString()));
        workloads.put("sample article (" + words(article) + " words)", List.of("check", article.toString()));
        int failures = 0;
        for (Map.Entry<String, List<String>> workload : workloads.entrySet()) {
            long[] millis = new long[runs];
            long[] cpu = new long[runs];
            int exit = time(workload.getValue());
            for (int r = 0; r < runs; r++) {
                long cpuBefore = ChildCpuTime.millis();
                millis[r] = System.nanoTime();
                int code = time(workload.getValue());
                millis[r] = (System.nanoTime() - millis[r]) / 1_000_000;
                cpu[r] = ChildCpuTime.millis() - cpuBefore;
                exit = Math.max(exit, code);
            }
            Arrays.sort(millis);
            Arrays.sort(cpu);
            out.printf(Locale.ROOT, "%-40s median %5d ms  (min %d, max %d)   CPU median %s%s%n", workload.getKey(), millis[runs / 2],
                    millis[0], millis[runs - 1], cpu[runs / 2] < 0 ? "n/a" : cpu[runs / 2] + " ms",
                    exit > 1 ? "  exit " + exit + "!" : "");
            failures += exit > 1 ? 1 : 0;
        }
        if (breakdown) {
            for (Path file : List.of(page, article)) {
                out.println();
                out.println("breakdown, " + file + " (one fresh JVM; wall ms and process CPU ms each part added):");
                breakdown(file).forEach(line -> out.println("  " + line));
            }
        }
        return failures == 0 ? 0 : 2;
    }

    /** The command line that starts unspin, without its arguments. */
    private List<String> launcher() {
        if (command != null) {
            return List.of(command.trim().split(" +"));
        }
        List<String> line = new ArrayList<>();
        line.add(javaExecutable());
        line.addAll(javaOptions);
        line.add("-jar");
        line.add(jar.toString());
        return line;
    }

    /** Runs unspin once with these arguments, its output discarded; returns its exit code. */
    private int time(List<String> arguments) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(launcher());
        line.addAll(arguments);
        return new ProcessBuilder(line).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    /** {@link StartupStages} in a fresh JVM on this process's class path, with the measured JVM options. */
    private List<String> breakdown(Path file) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        line.add(javaExecutable());
        line.addAll(javaOptions.stream().filter(o -> !o.startsWith("-XX:SharedArchiveFile")).toList());
        line.addAll(List.of("-cp", System.getProperty("java.class.path"), StartupStages.class.getName(), file.toString()));
        if (ownDisambiguator) {
            line.add(StartupStages.OWN_DISAMBIGUATOR);
        }
        Process process = new ProcessBuilder(line).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long start = System.nanoTime();
        List<String> lines = new ArrayList<>();
        for (String stage : new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            String[] parts = stage.split("\t");
            lines.add(parts.length == 3 ? String.format(Locale.ROOT, "%6s %6s  %s", parts[1], parts[2], parts[0])
                    : parts.length == 2 ? String.format(Locale.ROOT, "%6s %6s  %s", parts[1], "", parts[0]) : stage);
        }
        int exit = process.waitFor();
        lines.add(String.format(Locale.ROOT, "%6d %6s  whole process (so JVM start and exit: the rest)", (System.nanoTime() - start) / 1_000_000, ""));
        if (exit != 0) {
            lines.add("(exit " + exit + ")");
        }
        return lines;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int words(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }
}
