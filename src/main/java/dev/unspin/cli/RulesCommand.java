package dev.unspin.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;

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

    /** While editing rules, the working copy in ./rules is what matters; else the packaged rules. */
    static Path defaultToWorkingCopy(Path directory) {
        if (directory != null) {
            return directory;
        }
        Path local = Path.of("rules");
        return Files.isDirectory(local.resolve("dictionary")) ? local : null;
    }
}
