package dev.unspin.eval;

import dev.unspin.input.InputCollector;
import dev.unspin.input.InputProblem;
import dev.unspin.input.InputSource;
import dev.unspin.input.TextReader;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The labelled texts under some paths ({@code .txt} files, read as UTF-8, markers parsed), and the
 * files that could not be used, each with its problem.
 */
public record LabelledCorpus(List<Entry> entries, List<InputProblem> problems) {

    public static LabelledCorpus load(List<String> paths) {
        InputCollector.Collected collected = new InputCollector(Set.of("txt")).collect(paths);
        TextReader reader = new TextReader(InputStream.nullInputStream());
        List<Entry> entries = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>(collected.problems());
        for (InputSource source : collected.sources()) {
            TextReader.Result read = reader.read(source);
            if (read.problem() != null) {
                problems.add(read.problem());
                continue;
            }
            try {
                entries.add(new Entry(source.display(), LabelledText.parse(read.text())));
            } catch (IllegalArgumentException e) {
                problems.add(new InputProblem(source.display(), e.getMessage()));
            }
        }
        return new LabelledCorpus(entries, problems);
    }

    /** One labelled file. */
    public record Entry(String path, LabelledText text) {
    }
}
