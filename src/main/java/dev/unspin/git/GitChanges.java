package dev.unspin.git;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The lines of files changed since a git revision, asked of git itself (ProcessBuilder). Each file
 * is judged in its own repository (found from the file's directory, so submodules and separate
 * repositories each use theirs); per repository, git runs twice, whatever the number of files:
 * {@code git diff --unified=0 --no-color REF --} (read by {@link GitDiffParser#parseFiles}) and
 * {@code git ls-files} (the tracked files; any other file counts as wholly changed).
 */
public final class GitChanges {
    private final String ref;
    private final Map<Path, Path> topLevels = new HashMap<>();
    private final Map<Path, Repository> repositories = new HashMap<>();

    public GitChanges(String ref) {
        this.ref = ref;
    }

    private record Repository(Set<String> tracked, Map<String, ChangedLines> changes) {
    }

    /** The changed lines of {@code file} since the revision. */
    public synchronized ChangedLines changedLines(Path file, String display) throws GitException {
        Path absolute = file.toAbsolutePath().normalize();
        Path dir = realPath(absolute.getParent());
        Path top = topLevel(dir, display);
        Repository repository = repositories.get(top);
        if (repository == null) {
            repository = load(top);
            repositories.put(top, repository);
        }
        String relative = top.relativize(dir.resolve(absolute.getFileName().toString())).toString().replace('\\', '/');
        if (!repository.tracked().contains(relative)) {
            return ChangedLines.all();
        }
        return repository.changes().getOrDefault(relative, ChangedLines.of(List.of()));
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    private Path topLevel(Path dir, String display) throws GitException {
        Path known = topLevels.get(dir);
        if (known != null) {
            return known;
        }
        Result r = git(dir, "rev-parse", "--show-toplevel");
        if (r.code != 0 || r.out.isBlank()) {
            throw new GitException(display + ": not inside a git repository, so --changed-since cannot tell what changed");
        }
        Path top = realPath(Path.of(r.out.strip()));
        topLevels.put(dir, top);
        return top;
    }

    private Repository load(Path top) throws GitException {
        Result verified = git(top, "rev-parse", "--verify", "--quiet", "--end-of-options", ref + "^{commit}");
        if (verified.code != 0) {
            throw new GitException("--changed-since: unknown git revision '" + ref + "' in the repository " + top);
        }
        Result files = git(top, "ls-files", "-z", "--full-name");
        if (files.code != 0) {
            throw new GitException("git ls-files failed in " + top + ": " + files.err.strip());
        }
        Set<String> tracked = new HashSet<>(Arrays.asList(files.out.split("\0")));
        Result diff = git(top, "diff", "--unified=0", "--no-color", "--no-ext-diff", "--no-textconv", "--no-renames",
                "--no-relative", "--src-prefix=a/", "--dst-prefix=b/", ref, "--");
        if (diff.code != 0) {
            throw new GitException("git diff " + ref + " failed in " + top + ": " + diff.err.strip());
        }
        return new Repository(tracked, GitDiffParser.parseFiles(diff.out));
    }

    private record Result(int code, String out, String err) {
    }

    private static Result git(Path dir, String... args) throws GitException {
        List<String> command = new ArrayList<>(List.of("git", "--literal-pathspecs", "-c", "core.quotePath=false"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        // Find the repository from the file's directory, whatever repository a hook runs in.
        pb.environment().remove("GIT_DIR");
        pb.environment().remove("GIT_WORK_TREE");
        pb.redirectInput(ProcessBuilder.Redirect.PIPE);
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new GitException("--changed-since needs git on the PATH: " + e.getMessage());
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            String out = readAll(process.getInputStream());
            int code = process.waitFor();
            return new Result(code, out, err.join());
        } catch (IOException e) {
            throw new GitException("git failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new GitException("interrupted while running git");
        }
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
