package dev.unspin.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;


@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List, explain, test or import rules, or survey LanguageTool's built-in ones.",
        subcommands = {RulesTestCommand.class, RulesListCommand.class, RulesExplainCommand.class, RulesImportPpsCommand.class,
                SurveyLanguageToolCommand.class})
final class RulesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
