package dev.unspin.git;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lines of files changed since a git revision, asked of git itself (ProcessBuilder): for each
 * file, {@code git diff --unified=0 --no-color REF -- FILE} run in the file's directory, so each
 * file is judged in its own repository. Files git does not track count as wholly changed. The
 * repository of each directory and the revision are looked up once.
 */
public final class GitChanges {
    private final String ref;
    private final Map<Path, String> topLevels = new ConcurrentHashMap<>();
    private final Map<String, Boolean> refChecked = new ConcurrentHashMap<>();

    public GitChanges(String ref) {
        this.ref = ref;
    }

    /** The changed lines of {@code file} since the revision. */
    public ChangedLines changedLines(Path file, String display) throws GitException {
        Path absolute = file.toAbsolutePath().normalize();
        Path dir = absolute.getParent();
        String name = absolute.getFileName().toString();
        String top = topLevel(dir, display);
        checkRef(dir, top);
        Result tracked = git(dir, "ls-files", "--", name);
        if (tracked.code != 0) {
            throw new GitException(display + ": git ls-files failed: " + tracked.err.strip());
        }
        if (tracked.out.isBlank()) {
            return ChangedLines.all();
        }
        Result diff = git(dir, "diff", "--unified=0", "--no-color", "--no-ext-diff", "--no-textconv", ref, "--", name);
        if (diff.code != 0) {
            throw new GitException(display + ": git diff " + ref + " failed: " + diff.err.strip());
        }
        return GitDiffParser.parse(diff.out);
    }

    private String topLevel(Path dir, String display) throws GitException {
        String known = topLevels.get(dir);
        if (known != null) {
            return known;
        }
        Result r = git(dir, "rev-parse", "--show-toplevel");
        if (r.code != 0 || r.out.isBlank()) {
            throw new GitException(display + ": not inside a git repository, so --changed-since cannot tell what changed");
        }
        String top = r.out.strip();
        topLevels.put(dir, top);
        return top;
    }

    private void checkRef(Path dir, String top) throws GitException {
        if (refChecked.containsKey(top)) {
            return;
        }
        Result r = git(dir, "rev-parse", "--verify", "--quiet", "--end-of-options", ref + "^{commit}");
        if (r.code != 0) {
            throw new GitException("--changed-since: unknown git revision '" + ref + "' in the repository " + top);
        }
        refChecked.put(top, true);
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
