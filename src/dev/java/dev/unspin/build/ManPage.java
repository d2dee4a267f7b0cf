package dev.unspin.build;

import dev.unspin.model.ModelLocation;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One troff man page (section 1) for a picocli command and all its subcommands, made from the same
 * definition that prints {@code --help}: name, synopsis, description, options, then a section per
 * subcommand (nested ones too), exit status and environment. Hidden options and commands are left out.
 */
public final class ManPage {
    private final StringBuilder out = new StringBuilder();

    private ManPage() {
    }

    /** The page for {@code root}, whose version line (e.g. "unspin 0.1.0") goes in the footer. */
    public static String of(CommandLine root) {
        return new ManPage().write(root.getCommandSpec());
    }

    private String write(CommandSpec root) {
        String name = root.name();
        String[] version = root.version();
        String footer = version.length > 0 ? version[0] : name;
        line(".TH " + name.toUpperCase(Locale.ROOT) + " 1 \"\" " + quoted(footer) + " \"User Commands\"");
        line(".SH NAME");
        String[] description = description(root.usageMessage().description());
        line(escape(name) + " \\- " + escape(description.length > 0 ? description[0] : ""));
        line(".SH SYNOPSIS");
        synopsis(root);
        line(".SH DESCRIPTION");
        paragraphs(description);
        line(".SH OPTIONS");
        arguments(root);
        line(".SH COMMANDS");
        Set<CommandSpec> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (CommandLine sub : root.subcommands().values()) {
            command(sub.getCommandSpec(), seen);
        }
        exitStatus(root.usageMessage().exitCodeList());
        environment();
        return out.toString();
    }

    private void command(CommandSpec spec, Set<CommandSpec> seen) {
        if (spec.usageMessage().hidden() || !seen.add(spec)) {
            return;
        }
        line(".SS " + quoted(spec.qualifiedName()));
        synopsis(spec);
        paragraphs(description(spec.usageMessage().description()));
        arguments(spec);
        for (CommandLine sub : spec.subcommands().values()) {
            command(sub.getCommandSpec(), seen);
        }
    }

    private void synopsis(CommandSpec spec) {
        CommandLine.Help help = new CommandLine.Help(spec, CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        String synopsis = help.synopsis(0).strip().replaceAll("\\s+", " ");
        line(".PP");
        line(".B " + escapeLiteral(synopsis));
    }

    /** Options, then positional parameters, each as a tagged paragraph. */
    private void arguments(CommandSpec spec) {
        for (OptionSpec option : spec.options()) {
            if (!option.hidden()) {
                String names = String.join(", ", option.names());
                String label = option.arity().max() > 0 ? "=" + option.paramLabel() : "";
                tagged("\\fB" + escapeLiteral(names) + "\\fR" + escapeLiteral(label), option);
            }
        }
        for (PositionalParamSpec parameter : spec.positionalParameters()) {
            if (!parameter.hidden()) {
                tagged("\\fI" + escapeLiteral(parameter.paramLabel()) + "\\fR", parameter);
            }
        }
    }

    private void tagged(String tag, ArgSpec arg) {
        line(".TP");
        line(tag);
        String[] text = description(arg.renderedDescription());
        line(escape(String.join(" ", text).strip()));
    }

    private void exitStatus(Map<String, String> codes) {
        if (codes.isEmpty()) {
            return;
        }
        line(".SH EXIT STATUS");
        for (Map.Entry<String, String> code : codes.entrySet()) {
            line(".TP");
            line(escape(code.getKey().strip()));
            line(escape(code.getValue().strip()));
        }
    }

    private void environment() {
        line(".SH ENVIRONMENT");
        List<String[]> variables = List.of(
                new String[]{"JAVA_HOME", "The Java (17 or newer) to run; else java on PATH."},
                new String[]{"JAVA_OPTS, UNSPIN_JAVA_OPTS", "Options added to java's command line, for example -Xmx2g; they come after the launcher's own start-up options (-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData, for every command but serve and audit), so they can override them."},
                new String[]{"UNSPIN_CDS", "0 turns off the class-data-sharing archive the launcher makes for a faster start"
                        + " (in lib/ when writable, else in $XDG_CACHE_HOME/unspin or ~/.cache/unspin); wait makes a missing one before the command returns."},
                new String[]{ModelLocation.ENVIRONMENT, "The language model file, instead of lib/model/" + ModelLocation.FILE_NAME + " beside the jar."});
        for (String[] variable : variables) {
            line(".TP");
            line("\\fB" + escapeLiteral(variable[0]) + "\\fR");
            line(escape(variable[1]));
        }
    }

    private void paragraphs(String[] lines) {
        StringBuilder paragraph = new StringBuilder();
        for (String text : lines) {
            if (text.isBlank()) {
                flush(paragraph);
            } else {
                paragraph.append(paragraph.length() > 0 ? " " : "").append(text.strip());
            }
        }
        flush(paragraph);
    }

    private void flush(StringBuilder paragraph) {
        if (paragraph.length() > 0) {
            line(".PP");
            line(escape(paragraph.toString()));
            paragraph.setLength(0);
        }
    }

    /** picocli description lines as plain text: markup removed, %n as a line break, %% as %. */
    private static String[] description(String[] lines) {
        return Arrays.stream(lines)
                .map(line -> CommandLine.Help.Ansi.OFF.string(line).replace("%n", "\n").replace("%%", "%"))
                .flatMap(line -> Arrays.stream(line.split("\n", -1)))
                .toArray(String[]::new);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private static String quoted(String text) {
        return "\"" + escape(text).replace("\"", "\\(dq") + "\"";
    }

    /** Prose: a backslash printed as such, and a line never starting with a control character. */
    static String escape(String text) {
        String escaped = text.replace("\\", "\\e").replace("\n", " ");
        return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
    }

    /** Command-line text: also every hyphen as a real minus sign, so it can be copied and typed. */
    static String escapeLiteral(String text) {
        return escape(text).replace("-", "\\-");
    }
}
