package dev.unspin.spark;

import dev.unspin.audit.Audit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One input file of the job and the name its records' positions carry: the argument as typed when
 * it names that file (as {@code unspin audit} prints it), else the file's full path.
 */
record InputFile(String name, Path path) {

    /** The files of the arguments: a file, every visible file of a directory, or every match of a glob pattern. */
    static List<InputFile> expand(List<String> arguments, Configuration conf) throws IOException, Audit.UsageException {
        List<InputFile> files = new ArrayList<>();
        for (String argument : arguments) {
            Path path = new Path(argument);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                throw new Audit.UsageException(argument + ": no such file or directory");
            }
            for (FileStatus match : matches) {
                if (match.isFile()) {
                    boolean asTyped = match.getPath().equals(fs.makeQualified(path));
                    files.add(new InputFile(asTyped ? argument : match.getPath().toString(), match.getPath()));
                    continue;
                }
                FileStatus[] inside = fs.listStatus(match.getPath(), p -> !p.getName().startsWith("_") && !p.getName().startsWith("."));
                Arrays.stream(inside).filter(FileStatus::isFile).sorted(Comparator.comparing(FileStatus::getPath))
                        .forEach(f -> files.add(new InputFile(f.getPath().toString(), f.getPath())));
            }
        }
        if (files.isEmpty()) {
            throw new Audit.UsageException(String.join(" ", arguments) + ": no files to read");
        }
        return files;
    }
}
