package dev.unspin.cli;

import dev.unspin.eval.mqm.MqmEvaluation;
import dev.unspin.eval.mqm.MqmFile;
import dev.unspin.eval.mqm.MqmSegment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "eval-mqm", mixinStandardHelpOptions = true,
        description = {"Measure the checks of translations against their source on professional MQM error annotations"
                + " (Google's wmt-mqm-human-evaluation TSV files): the share of annotated accuracy errors whose span holds a"
                + " number that a finding touches, the share of all accuracy errors touched, and findings per 10,000 words"
                + " on segments every rater found error-free.",
                "",
                "Each system's translations are checked as `unspin check TARGET --source-file SOURCE` checks them, one segment"
                        + " a line. --systems / --exclude-systems choose which systems count (hold some out);"
                        + " --export DIR writes each system's aligned files for `unspin check`."})
final class EvalMqmCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--mqm", required = true, paramLabel = "FILE", description = "An MQM annotation TSV file.")
    Path mqm;

    @Option(names = "--systems", split = ",", paramLabel = "NAME", description = "Only these systems.")
    Set<String> systems;

    @Option(names = "--exclude-systems", split = ",", paramLabel = "NAME", description = "Leave these systems out.")
    Set<String> excluded = new HashSet<>();

    @Option(names = "--export", paramLabel = "DIR", description = "Write SYSTEM.source.txt and SYSTEM.target.txt here.")
    Path export;

    @Option(names = "--ratios", description = "Print the target/source length ratios of error-free segments (calibration).")
    boolean ratios;

    @Option(names = {"-v", "--verbose"}, description = "List the accuracy errors with a number that no finding touched.")
    boolean verbose;

    @Mixin
    DetectionOptions detection;

    @Override
    public Integer call() throws IOException {
        List<MqmSegment> segments = new ArrayList<>();
        for (MqmSegment s : MqmFile.read(mqm)) {
            if ((systems == null || systems.contains(s.system())) && !excluded.contains(s.system())) {
                segments.add(s);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (export != null) {
            export(segments);
        }
        if (ratios) {
            printRatios(segments, out);
        }
        String language = Optional.ofNullable(detection.sourceLanguage).orElse("zh");
        MqmEvaluation.Figures f = MqmEvaluation.run(segments, source -> detection.pipeline()
                .sourceLanguage(Optional.of(language)).minConfidence(detection.minConfidence()).alignedSource(source).build());
        out.printf(Locale.ROOT, "%s: %d segments (%d systems)%n", mqm.getFileName(), f.segments(),
                segments.stream().map(MqmSegment::system).distinct().count());
        out.printf(Locale.ROOT, "accuracy errors with a number in the span, touched: %d of %d (%.1f%%)%n", f.numberTouched(),
                f.numberErrors(), 100 * f.numberRecall());
        out.printf(Locale.ROOT, "  of those on a segment with a finding against the source anywhere: %d (%.1f%%)%n", f.numberOnFlaggedSegment(),
                f.numberErrors() == 0 ? 0 : 100.0 * f.numberOnFlaggedSegment() / f.numberErrors());
        out.printf(Locale.ROOT, "  of those with every number of the span found in the source (right numbers, wrong words): %d (%.1f%%)%n",
                f.numberAgreeing(), f.numberErrors() == 0 ? 0 : 100.0 * f.numberAgreeing() / f.numberErrors());
        out.printf(Locale.ROOT, "all accuracy errors touched: %d of %d (%.1f%%)%n", f.accuracyTouched(), f.accuracyErrors(),
                100 * f.accuracyRecall());
        out.printf(Locale.ROOT, "findings on error-free segments: %d in %d words of %d segments = %.1f per 10,000 words%n",
                f.errorFreeFindings(), f.errorFreeWords(), f.errorFreeSegments(), f.falseAlarmsPer10k());
        out.println("  on error-free segments, by rule: " + describe(f.falseAlarmsByRule()));
        out.println("  touching accuracy errors, by rule: " + describe(f.touchesByRule()));
        if (verbose) {
            f.missedNumberErrors().forEach(m -> out.println("missed: " + m));
        }
        return 0;
    }

    private static String describe(Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).forEach(e -> parts.add(e.getKey() + " " + e.getValue()));
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private void export(List<MqmSegment> segments) throws IOException {
        Files.createDirectories(export);
        for (String system : segments.stream().map(MqmSegment::system).distinct().toList()) {
            StringBuilder source = new StringBuilder();
            StringBuilder target = new StringBuilder();
            segments.stream().filter(s -> s.system().equals(system)).forEach(s -> {
                source.append(s.source()).append('\n');
                target.append(s.target()).append('\n');
            });
            String name = system.replaceAll("[^A-Za-z0-9._-]", "_");
            Files.writeString(export.resolve(name + ".source.txt"), source, StandardCharsets.UTF_8);
            Files.writeString(export.resolve(name + ".target.txt"), target, StandardCharsets.UTF_8);
        }
    }

    private static void printRatios(List<MqmSegment> segments, PrintWriter out) {
        List<Double> values = new ArrayList<>();
        for (MqmSegment s : segments) {
            if (s.errorFree() && s.source().strip().length() >= 12) {
                values.add((double) s.target().strip().length() / s.source().strip().length());
            }
        }
        values.sort(Double::compare);
        if (values.isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "length ratio (target/source characters) of %d error-free segments: p0.5 %.2f, p1 %.2f, p50 %.2f,"
                        + " p99 %.2f, p99.5 %.2f%n", values.size(), at(values, 0.005), at(values, 0.01), at(values, 0.5),
                at(values, 0.99), at(values, 0.995));
    }

    private static double at(List<Double> sorted, double quantile) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(quantile * sorted.size())));
    }
}
