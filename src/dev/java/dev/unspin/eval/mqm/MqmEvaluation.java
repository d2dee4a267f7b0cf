package dev.unspin.eval.mqm;

import dev.unspin.bitext.Numbers;
import dev.unspin.engine.DetectorKind;
import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;
import dev.unspin.input.InputFormat;
import dev.unspin.pipeline.CheckInput;
import dev.unspin.pipeline.CheckPipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks each system's translations against their sources, as {@code unspin check TARGET --source-file SOURCE}
 * does (one segment per line), and compares the findings with the raters' annotations:
 * <ul>
 *   <li>accuracy errors whose span holds a number (a digit) touched by a finding;</li>
 *   <li>all accuracy errors touched;</li>
 *   <li>findings per 10,000 words on segments every rater found error-free.</li>
 * </ul>
 * A finding touches a target span it overlaps; a source span (an omission) or an unmarked error is
 * touched by any finding on its segment. As an upper bound for findings with wider spans, the accuracy errors
 * with a number whose segment has any finding of a check against the source are counted too, and those whose
 * numbers all have their value in the source (no comparison of numbers can find them).
 */
public final class MqmEvaluation {
    private static final Pattern DIGIT = Pattern.compile("[0-9\uFF10-\uFF19]");
    private static final Pattern WORD = Pattern.compile("\\S+");

    /** The figures of one evaluation. */
    public record Figures(int segments, int numberErrors, int numberTouched, int numberOnFlaggedSegment, int numberAgreeing, int accuracyErrors, int accuracyTouched,
                          int errorFreeSegments, long errorFreeWords, int errorFreeFindings, Map<String, Integer> falseAlarmsByRule,
                          Map<String, Integer> touchesByRule, List<String> missedNumberErrors) {

        public double numberRecall() {
            return numberErrors == 0 ? 0 : (double) numberTouched / numberErrors;
        }

        public double accuracyRecall() {
            return accuracyErrors == 0 ? 0 : (double) accuracyTouched / accuracyErrors;
        }

        public double falseAlarmsPer10k() {
            return errorFreeWords == 0 ? 0 : errorFreeFindings * 10_000.0 / errorFreeWords;
        }
    }

    private MqmEvaluation() {
    }

    /** Evaluates; {@code pipelineFor} builds the pipeline for one system's source text (its aligned source). */
    public static Figures run(List<MqmSegment> segments, Function<String, CheckPipeline> pipelineFor) {
        Map<String, List<MqmSegment>> bySystem = new LinkedHashMap<>();
        segments.forEach(s -> bySystem.computeIfAbsent(s.system(), k -> new ArrayList<>()).add(s));
        int numberErrors = 0;
        int numberTouched = 0;
        int numberOnFlaggedSegment = 0;
        int numberAgreeing = 0;
        int accuracyErrors = 0;
        int accuracyTouched = 0;
        int errorFree = 0;
        long errorFreeWords = 0;
        int errorFreeFindings = 0;
        Map<String, Integer> falseAlarms = new TreeMap<>();
        Map<String, Integer> touches = new TreeMap<>();
        List<String> missed = new ArrayList<>();
        for (List<MqmSegment> system : bySystem.values()) {
            StringBuilder source = new StringBuilder();
            StringBuilder target = new StringBuilder();
            int[] lineStart = new int[system.size() + 1];
            for (int i = 0; i < system.size(); i++) {
                lineStart[i] = target.length();
                source.append(system.get(i).source()).append('\n');
                target.append(system.get(i).target()).append('\n');
            }
            lineStart[system.size()] = target.length();
            DocumentResult result = pipelineFor.apply(source.toString())
                    .check(CheckInput.of(system.get(0).system() + ".txt", target.toString(), InputFormat.TEXT));
            List<List<Finding>> perSegment = new ArrayList<>();
            system.forEach(s -> perSegment.add(new ArrayList<>()));
            for (Finding f : result.findings()) {
                int line = java.util.Arrays.binarySearch(lineStart, f.start());
                line = line >= 0 ? line : -line - 2;
                perSegment.get(Math.min(line, system.size() - 1)).add(f.shifted(-lineStart[Math.min(line, system.size() - 1)]));
            }
            for (int i = 0; i < system.size(); i++) {
                MqmSegment s = system.get(i);
                List<Finding> found = perSegment.get(i);
                if (s.errorFree()) {
                    errorFree++;
                    errorFreeWords += WORD.matcher(s.target()).results().count();
                    errorFreeFindings += found.size();
                    found.forEach(f -> falseAlarms.merge(f.rule(), 1, Integer::sum));
                    found.forEach(f -> missed.add("false alarm: " + s.system() + " " + s.segment() + " " + f.rule() + " ["
                            + s.target().substring(f.start(), Math.min(f.end(), s.target().length())) + "] " + f.message()
                            + "\n    " + s.source() + "\n    " + s.target()));
                }
                for (MqmError e : s.errors()) {
                    if (!e.accuracy()) {
                        continue;
                    }
                    Finding toucher = toucher(e, found);
                    accuracyErrors++;
                    if (toucher != null) {
                        accuracyTouched++;
                        touches.merge(toucher.rule(), 1, Integer::sum);
                    }
                    String spanText = e.side() == MqmError.Side.SOURCE ? s.source().substring(e.start(), e.end())
                            : s.target().substring(e.start(), e.end());
                    if (DIGIT.matcher(spanText).find()) {
                        numberErrors++;
                        numberTouched += toucher != null ? 1 : 0;
                        numberOnFlaggedSegment += found.stream().anyMatch(f -> f.detector() == DetectorKind.SOURCE) ? 1 : 0;
                        numberAgreeing += e.side() == MqmError.Side.TARGET && numbersAgree(s, e) ? 1 : 0;
                        if (toucher == null) {
                            missed.add(s.system() + " " + s.segment() + " " + e.category() + " [" + e.side() + " " + spanText + "]\n    "
                                    + s.source() + "\n    " + s.target());
                        }
                    }
                }
            }
        }
        return new Figures(segments.size(), numberErrors, numberTouched, numberOnFlaggedSegment, numberAgreeing, accuracyErrors, accuracyTouched, errorFree,
                errorFreeWords, errorFreeFindings, falseAlarms, touches, missed);
    }

    /**
     * Whether every number in a target span has a number of the same value in the source (read as Chinese):
     * an error no comparison of numbers can find, the number itself being right.
     */
    private static boolean numbersAgree(MqmSegment s, MqmError e) {
        List<Double> source = Numbers.in(s.source(), "zh").stream().map(Numbers.Found::value).toList();
        List<Numbers.Found> inSpan = Numbers.in(s.target(), "en").stream().filter(n -> n.start() < e.end() && n.end() > e.start()).toList();
        return !inSpan.isEmpty() && inSpan.stream().allMatch(n -> source.stream().anyMatch(v -> Math.abs(v - n.value()) < 1e-9 * Math.max(1, v)));
    }

    private static Finding toucher(MqmError e, List<Finding> found) {
        for (Finding f : found) {
            boolean touches = switch (e.side()) {
                case TARGET -> f.start() < Math.max(e.end(), e.start() + 1) && f.end() > e.start();
                case SOURCE -> f.detector() == DetectorKind.SOURCE;
                case SEGMENT -> true;
            };
            if (touches) {
                return f;
            }
        }
        return null;
    }
}
