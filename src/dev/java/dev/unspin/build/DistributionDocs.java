package dev.unspin.build;

import dev.unspin.cli.Main;
import dev.unspin.report.OutputTarget;
import picocli.AutoComplete;
import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the distribution's bash completion ({@code completion/unspin.bash}, picocli's AutoComplete)
 * and man page ({@code man/man1/unspin.1}, {@link ManPage}) into the folder given, both made from the
 * command line's own definition. The build runs it at {@code prepare-package} (pom.xml, execution
 * "distribution-docs"); it never calls {@code System.exit}, since Maven runs it in its own JVM.
 */
public final class DistributionDocs {
    static final String COMPLETION = "completion/unspin.bash";
    static final String MAN_PAGE = "man/man1/unspin.1";

    private DistributionDocs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: DistributionDocs OUTPUT_FOLDER");
        }
        write(Path.of(args[0]));
    }

    static void write(Path folder) throws IOException {
        CommandLine unspin = Main.commandLine(InputStream.nullInputStream());
        writeFile(folder.resolve(COMPLETION), completion(unspin));
        writeFile(folder.resolve(MAN_PAGE), ManPage.of(unspin));
    }

    static String completion(CommandLine unspin) {
        return AutoComplete.bash("unspin", unspin);
    }

    private static void writeFile(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        OutputTarget.write(file, out -> out.write(text));
    }
}
