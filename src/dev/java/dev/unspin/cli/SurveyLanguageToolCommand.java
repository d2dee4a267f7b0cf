package dev.unspin.cli;

import dev.unspin.engine.Document;
import dev.unspin.eval.LabelledCorpus;
import dev.unspin.grammar.BuiltinRuleSurvey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "survey-languagetool", mixinStandardHelpOptions = true,
        description = {"Measure LanguageTool's built-in English rules on labelled text: false alarms per 10,000 "
                + "words of clean prose, hits on marked spun phrases, other matches in spun text, and cost.",
                "The table of built-in rules in docs/quality.md comes from this command."})
final class SurveyLanguageToolCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Labelled files or directories (default: samples/labelled).")
    List<String> paths = List.of("samples/labelled");

    @Override
    public Integer call() throws IOException {
        BuiltinRuleSurvey survey = new BuiltinRuleSurvey();
        LabelledCorpus corpus = LabelledCorpus.load(paths);
        corpus.problems().forEach(p -> spec.commandLine().getErr().println("unspin: " + p));
        for (LabelledCorpus.Entry entry : corpus.entries()) {
            survey.add(entry.text(), new Document(entry.path(), entry.text().text()).wordCount());
        }
        survey.table().forEach(spec.commandLine().getOut()::println);
        return corpus.problems().isEmpty() ? 0 : 2;
    }
}
