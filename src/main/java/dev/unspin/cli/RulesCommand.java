package dev.unspin.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;


@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List, explain, test or import rules.",
        subcommands = {RulesTestCommand.class, RulesListCommand.class, RulesExplainCommand.class, RulesImportPpsCommand.class})
final class RulesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
