package dev.unspin.report;

import java.nio.file.Path;

/** How reports name a document: relative to the working directory, with '/' separators. */
final class ReportPaths {
    private ReportPaths() {
    }

    static String relative(String displayPath, Path workingDirectory) {
        if (displayPath.equals("-")) {
            return "-";
        }
        Path path = Path.of(displayPath);
        if (path.isAbsolute() && path.normalize().startsWith(workingDirectory)) {
            path = workingDirectory.relativize(path.normalize());
        }
        return path.normalize().toString().replace('\\', '/');
    }
}
