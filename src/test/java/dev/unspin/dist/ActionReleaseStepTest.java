package dev.unspin.dist;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The action's step that picks a release archive over a Maven build (action.yml, step id "release"), its
 * script run by bash as the runner would, with a fake {@code curl} on PATH serving a folder of "releases".
 * The action's ref and repository are left empty in the environment, as the runner leaves them inside
 * composite actions: the step must read them from the action's folder, .../_actions/OWNER/REPO/REF.
 */
class ActionReleaseStepTest {
    private static final String FAKE_CURL = """
            #!/bin/sh
            # curl -fsSL --retry 3 -o FILE URL, served from $FAKE_RELEASES/TAG/NAME
            while [ $# -gt 1 ]; do
              case "$1" in -o) out="$2"; shift 2 ;; *) shift ;; esac
            done
            echo "$1" >> "$FAKE_RELEASES/requests"
            file="$FAKE_RELEASES/${1#https://github.com/owner/unspin/releases/download/}"
            [ -f "$file" ] || exit 22
            cp "$file" "$out"
            """;

    @TempDir
    Path temp;
    private Path releases;
    private Path output;
    private final Map<String, String> environment = new HashMap<>();

    @SuppressWarnings("unchecked")
    private static String releaseScript() throws Exception {
        Map<String, Object> action = new Yaml().load(Files.readString(Path.of("action.yml")));
        List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>) action.get("runs")).get("steps");
        Map<String, Object> step = steps.stream().filter(s -> "release".equals(s.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no step with id release"));
        Map<String, Object> env = (Map<String, Object>) step.get("env");
        assertEquals("${{ inputs.version }}", env.get("UNSPIN_VERSION"));
        assertEquals("${{ github.action_ref }}", env.get("UNSPIN_ACTION_REF"));
        assertEquals("${{ github.action_repository }}", env.get("UNSPIN_ACTION_REPOSITORY"));
        String script = (String) step.get("run");
        assertFalse(script.contains("${{"), "expressions reach the script through env only");
        return script;
    }

    @BeforeEach
    void runner() throws Exception {
        releases = Files.createDirectories(temp.resolve("releases"));
        Path tools = Files.createDirectories(temp.resolve("tools"));
        Files.writeString(tools.resolve("curl"), FAKE_CURL);
        Files.setPosixFilePermissions(tools.resolve("curl"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(temp.resolve("release.sh"), releaseScript());
        output = temp.resolve("github-output");
        Files.createFile(output);
        environment.put("PATH", tools + ":" + System.getenv("PATH"));
        environment.put("FAKE_RELEASES", releases.toString());
        environment.put("GITHUB_OUTPUT", output.toString());
        environment.put("RUNNER_TEMP", Files.createDirectories(temp.resolve("runner-temp")).toString());
        environment.put("UNSPIN_VERSION", "");
        environment.put("UNSPIN_ACTION_REF", "");
        environment.put("UNSPIN_ACTION_REPOSITORY", "");
    }

    private ShellRun step(String actionPath) throws Exception {
        environment.put("GITHUB_ACTION_PATH", actionPath);
        return ShellRun.of(temp, environment, List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", temp.resolve("release.sh").toString()));
    }

    private Map<String, String> outputs() throws Exception {
        Map<String, String> outputs = new HashMap<>();
        for (String line : Files.readAllLines(output)) {
            String[] pair = line.split("=", 2);
            outputs.put(pair[0], pair[1]);
        }
        return outputs;
    }

    /** A release v1.2.3 holding unspin-1.2.3.tar.gz and its .sha256 (wrong on request). */
    private void release(boolean rightChecksum) throws Exception {
        Path stage = Files.createDirectories(temp.resolve("stage/unspin-1.2.3/bin"));
        Files.writeString(stage.resolve("unspin"), "#!/bin/sh\n");
        Path tag = Files.createDirectories(releases.resolve("v1.2.3"));
        ShellRun tar = ShellRun.of(temp, Map.of(), List.of("tar", "-czf", tag.resolve("unspin-1.2.3.tar.gz").toString(),
                "-C", temp.resolve("stage").toString(), "unspin-1.2.3"));
        assertEquals(0, tar.code(), tar.toString());
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(tag.resolve("unspin-1.2.3.tar.gz")));
        String hash = rightChecksum ? HexFormat.of().formatHex(digest) : "0".repeat(64);
        Files.writeString(tag.resolve("unspin-1.2.3.tar.gz.sha256"), hash + "  unspin-1.2.3.tar.gz\n");
    }

    @Test
    void aReleaseTagUsesItsArchive() throws Exception {
        release(true);
        ShellRun run = step("/home/runner/work/_actions/owner/unspin/v1.2.3");
        assertEquals(0, run.code(), run.toString());
        Path unpacked = temp.resolve("runner-temp/unspin/bin/unspin");
        assertEquals(Map.of("command", unpacked.toString()), outputs());
        assertTrue(Files.isRegularFile(unpacked));
        assertTrue(run.out().contains("unspin 1.2.3 from the release archive https://github.com/owner/unspin/releases/download/v1.2.3/unspin-1.2.3.tar.gz"), run.out());
    }

    @Test
    void theVersionInputWinsOverTheRef() throws Exception {
        release(true);
        environment.put("UNSPIN_VERSION", "v1.2.3");
        ShellRun run = step("/home/runner/work/_actions/owner/unspin/main");
        assertEquals(0, run.code(), run.toString());
        assertEquals(temp.resolve("runner-temp/unspin/bin/unspin").toString(), outputs().get("command"));
    }

    @Test
    void aTagWithoutAnArchiveIsBuiltFromTheSources() throws Exception {
        ShellRun run = step("/home/runner/work/_actions/owner/unspin/v9.9.9");
        assertEquals(0, run.code(), run.toString());
        assertEquals(Map.of("command", "/home/runner/work/_actions/owner/unspin/v9.9.9/unspin", "build", "true"), outputs());
        assertTrue(run.out().contains("no release archive for v9.9.9"), run.out());
    }

    @Test
    void aBranchOrALocalPathIsBuiltWithoutLookingForAnArchive() throws Exception {
        for (String path : List.of("/home/runner/work/_actions/owner/unspin/main", "/home/runner/work/repo/repo/unspin-action")) {
            Files.writeString(output, "");
            ShellRun run = step(path);
            assertEquals(0, run.code(), run.toString());
            assertEquals(Map.of("command", path + "/unspin", "build", "true"), outputs());
        }
        assertFalse(Files.exists(releases.resolve("requests")), "nothing downloaded");
    }

    @Test
    void anAskedForVersionWithoutAnArchiveFails() throws Exception {
        environment.put("UNSPIN_VERSION", "1.2.4");
        ShellRun run = step("/home/runner/work/_actions/owner/unspin/v1.2.3");
        assertEquals(2, run.code(), run.toString());
        assertTrue(run.out().contains("::error::no release archive for unspin 1.2.4"), run.out());
    }

    @Test
    void anArchiveThatDoesNotMatchItsChecksumFails() throws Exception {
        release(false);
        ShellRun run = step("/home/runner/work/_actions/owner/unspin/v1.2.3");
        assertEquals(2, run.code(), run.toString());
        assertTrue(run.out().contains("does not match its .sha256"), run.out());
        assertFalse(Files.exists(temp.resolve("runner-temp/unspin")), "nothing unpacked");
    }
}
