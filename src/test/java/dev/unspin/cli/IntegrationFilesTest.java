package dev.unspin.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pre-commit hook, the GitHub Action and the example workflow cannot run here, so their YAML
 * is parsed and its key fields checked: a typo in a name, an input or an option fails the build.
 */
class IntegrationFilesTest {
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*");
    private static String checkHelp;

    @BeforeAll
    static void help() {
        checkHelp = CliRun.of("", List.of("check", "--help")).out();
        assertTrue(checkHelp.contains("--changed-since"), checkHelp);
    }

    @SuppressWarnings("unchecked")
    private static <T> T load(String file) throws Exception {
        return (T) new Yaml().load(Files.readString(Path.of(file)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertTrue(o instanceof Map, "expected a mapping, got " + o);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        assertTrue(o instanceof List, "expected a list, got " + o);
        return (List<Object>) o;
    }

    /** Every --option in a command line is an option of unspin check. */
    private static void optionsExist(String commands) {
        Matcher m = OPTION.matcher(commands);
        while (m.find()) {
            assertTrue(checkHelp.contains(m.group() + " ") || checkHelp.contains(m.group() + "="),
                    m.group() + " is not an option of unspin check");
        }
    }

    @Test
    void preCommitHook() throws Exception {
        List<Object> hooks = load(".pre-commit-hooks.yaml");
        assertEquals(1, hooks.size());
        Map<String, Object> hook = map(hooks.get(0));
        assertEquals("unspin", hook.get("id"));
        assertNotNull(hook.get("name"));
        assertTrue(Set.of("script", "system").contains(hook.get("language")), "language " + hook.get("language"));
        String entry = (String) hook.get("entry");
        assertTrue(entry.startsWith("./unspin check "), entry);
        assertTrue(entry.contains("--fail-on error"), entry);
        optionsExist(entry);
        assertTrue(Files.isExecutable(Path.of("unspin")), "the launcher the hook runs");
        Pattern files = Pattern.compile((String) hook.get("files"));
        for (String name : List.of("README.md", "docs/a.markdown", "notes.txt", "site/index.html", "x.htm")) {
            assertTrue(files.matcher(name).find(), name);
        }
        for (String name : List.of("Main.java", "pom.xml", "md", "notes.txt.orig")) {
            assertFalse(files.matcher(name).find(), name);
        }
    }

    @Test
    void githubAction() throws Exception {
        Map<String, Object> action = load("action.yml");
        assertNotNull(action.get("name"));
        assertNotNull(action.get("description"));
        Map<String, Object> inputs = map(action.get("inputs"));
        assertTrue(inputs.keySet().containsAll(List.of("paths", "fail-on", "min-confidence", "sarif-file")), inputs.keySet().toString());
        for (Map.Entry<String, Object> input : inputs.entrySet()) {
            assertNotNull(map(input.getValue()).get("description"), input.getKey());
            assertTrue(map(input.getValue()).containsKey("default"), input.getKey());
        }
        assertEquals("error", map(inputs.get("fail-on")).get("default"));
        Map<String, Object> runs = map(action.get("runs"));
        assertEquals("composite", runs.get("using"));
        List<Map<String, Object>> steps = new ArrayList<>();
        list(runs.get("steps")).forEach(s -> steps.add(map(s)));

        Map<String, Object> java = steps.get(0);
        assertTrue(((String) java.get("uses")).startsWith("actions/setup-java@v"), java.toString());
        assertEquals("17", String.valueOf(map(java.get("with")).get("java-version")));
        assertNotNull(map(java.get("with")).get("distribution"));
        // setup-java's cache keyed on the action's own pom.xml fails when another repository uses the action
        // (its folder is outside the caller's workspace): the key is computed in a step, not by hashFiles
        String actionText = Files.readString(Path.of("action.yml"));
        assertFalse(actionText.contains("cache-dependency-path"), "no cache path outside the workspace");
        assertFalse(Pattern.compile("hashFiles\\([^)]*action_path").matcher(actionText).find(), "hashFiles cannot read the action's folder");
        Map<String, Object> cache = steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith("actions/cache@v"))
                .findFirst().orElseThrow(() -> new AssertionError("no Maven cache step"));
        assertTrue(String.valueOf(map(cache.get("with")).get("key")).contains("steps.maven-key.outputs.key"), cache.toString());
        // a release archive when there is one (ActionReleaseStepTest runs that step); Maven only without one
        assertTrue(inputs.containsKey("version"), inputs.keySet().toString());
        Map<String, Object> release = steps.stream().filter(s -> "release".equals(s.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no step finding the release archive"));
        assertTrue(steps.indexOf(release) < steps.indexOf(cache), "the archive is looked for before Maven is set up");
        for (Map<String, Object> step : steps.subList(steps.indexOf(release) + 1, steps.size())) {
            if (String.valueOf(step.get("run")).contains("maven") || String.valueOf(step.get("uses")).startsWith("actions/cache@v")
                    || String.valueOf(step.get("name")).startsWith("Build")) {
                assertEquals("steps.release.outputs.build == 'true'", step.get("if"), "only without an archive: " + step.get("name"));
            }
        }
        Map<String, Object> check = steps.stream().filter(s -> "check".equals(s.get("id"))).findFirst().orElseThrow();
        assertEquals("${{ steps.release.outputs.command }}", map(check.get("env")).get("UNSPIN_COMMAND"));

        String scripts = steps.stream().filter(s -> s.containsKey("run")).map(s -> (String) s.get("run")).reduce("", String::concat);
        assertTrue(scripts.contains("\"$UNSPIN_COMMAND\" check"), scripts);
        assertTrue(scripts.contains("--format sarif -o"), scripts);
        assertTrue(scripts.contains("--format github"), scripts);
        assertTrue(scripts.contains("--fail-on") && scripts.contains("--min-confidence"), scripts);
        optionsExist((String) steps.stream().filter(s -> "check".equals(s.get("id"))).findFirst().orElseThrow().get("run"));
        for (Map<String, Object> step : steps) {
            if (step.containsKey("run")) {
                assertEquals("bash", step.get("shell"), "composite run steps need a shell: " + step.get("name"));
                String run = (String) step.get("run");
                if (Pattern.compile("(?m)^\\s*\"\\$(UNSPIN_COMMAND|GITHUB_ACTION_PATH/unspin)\" ").matcher(run).find()) {
                    // one run per job: a class-data-sharing archive made in the background would only take CPU from the check
                    assertEquals("0", map(step.get("env")).get("UNSPIN_CDS"), "unspin runs with UNSPIN_CDS=0: " + step.get("name"));
                }
            }
        }

        Map<String, Object> upload = steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith("github/codeql-action/upload-sarif@v"))
                .findFirst().orElseThrow(() -> new AssertionError("no upload-sarif step"));
        assertEquals("${{ inputs.sarif-file }}", map(upload.get("with")).get("sarif_file"));
        assertTrue(String.valueOf(upload.get("if")).contains("always()"), "the SARIF is uploaded when unspin fails too");
        assertEquals(Boolean.TRUE, upload.get("continue-on-error"), "a fork's pull request cannot upload SARIF; that must not fail the job");

        Map<String, Object> last = steps.get(steps.size() - 1);
        assertTrue(String.valueOf(last.get("run")).contains("exit "), "the last step passes unspin's exit code on");
        assertTrue(String.valueOf(last.get("if")).contains("always()"));

        // every ${{ inputs.X }} and ${{ steps.ID.outputs.Y }} names something that exists
        String text = Files.readString(Path.of("action.yml"));
        Matcher used = Pattern.compile("inputs\\.([A-Za-z0-9_-]+)").matcher(text);
        while (used.find()) {
            assertTrue(inputs.containsKey(used.group(1)), "unknown input " + used.group(1));
        }
        Set<Object> ids = new java.util.HashSet<>();
        steps.forEach(s -> ids.add(s.get("id")));
        Matcher stepRefs = Pattern.compile("steps\\.([A-Za-z0-9_-]+)\\.outputs").matcher(text);
        while (stepRefs.find()) {
            assertTrue(ids.contains(stepRefs.group(1)), "unknown step " + stepRefs.group(1));
        }
    }

    /** A tag v* is built and tested as CI does, and both archives with their checksums reach its release. */
    @Test
    void releaseWorkflow() throws Exception {
        Map<String, Object> workflow = load(".github/workflows/release.yml");
        Object on = workflow.containsKey("on") ? workflow.get("on") : ((Map<?, ?>) workflow).get(Boolean.TRUE);
        assertEquals(List.of("v*"), map(map(on).get("push")).get("tags"));
        assertEquals(Map.of("contents", "write"), workflow.get("permissions"));
        List<Object> steps = list(map(map(workflow.get("jobs")).values().iterator().next()).get("steps"));
        String scripts = steps.stream().map(IntegrationFilesTest::map).map(s -> String.valueOf(s.get("run"))).reduce("", String::concat);
        assertTrue(scripts.contains("mvn -B verify -Pspark"), "what .ci/run runs: " + scripts);
        assertTrue(Files.readString(Path.of(".ci/run")).contains("mvn -B verify -Pspark"));
        for (String file : List.of("unspin-\"$VERSION\".zip", "unspin-\"$VERSION\".tar.gz", "unspin-\"$VERSION\".zip.sha256", "unspin-\"$VERSION\".tar.gz.sha256")) {
            assertTrue(scripts.contains("target/" + file), file + " is attached: " + scripts);
        }
        assertTrue(scripts.contains("sha256sum") && scripts.contains("gh release upload") && scripts.contains("gh release create"), scripts);
        assertTrue(scripts.contains("${TAG#v}"), "the version comes from the tag");
    }

    /** The workflow that uses the action as another repository would: checked out into a subdirectory, called by that path. */
    @Test
    void workflowUsingTheActionFromASubdirectory() throws Exception {
        Map<String, Object> workflow = load(".github/workflows/action-from-another-repository.yml");
        Object on = workflow.containsKey("on") ? workflow.get("on") : ((Map<?, ?>) workflow).get(Boolean.TRUE);
        assertTrue(map(on).containsKey("pull_request") && map(on).containsKey("push"), String.valueOf(on));
        Map<String, Object> inputs = map(((Map<String, Object>) load("action.yml")).get("inputs"));
        List<Object> steps = list(map(map(workflow.get("jobs")).values().iterator().next()).get("steps"));
        Map<String, Object> checkout = map(steps.get(0));
        assertTrue(String.valueOf(checkout.get("uses")).startsWith("actions/checkout@v"));
        String folder = (String) map(checkout.get("with")).get("path");
        assertTrue(folder != null && !folder.isBlank() && !folder.equals(".") && !folder.startsWith("./"), "checked out into a subdirectory: " + folder);
        Map<String, Object> action = steps.stream().map(IntegrationFilesTest::map).filter(s -> ("./" + folder).equals(s.get("uses")))
                .findFirst().orElseThrow(() -> new AssertionError("no step uses ./" + folder));
        Map<String, Object> with = map(action.get("with"));
        assertTrue(inputs.keySet().containsAll(with.keySet()), "inputs the action does not have: " + with.keySet());
        assertEquals("false", with.get("upload-sarif"), "no code-scanning upload from this test job");
        assertEquals("spun", with.get("fail-on"));
        assertEquals(Boolean.TRUE, action.get("continue-on-error"), "the exit code is checked by the next step");
        String id = (String) action.get("id");
        String checks = steps.stream().map(IntegrationFilesTest::map).skip(steps.indexOf(action) + 1)
                .map(s -> String.valueOf(s.get("env")) + s.get("run")).reduce("", String::concat);
        assertTrue(checks.contains("steps." + id + ".outputs.exit-code") && checks.contains("\"1\""), "the exit code is asserted: " + checks);
        assertTrue(checks.contains("steps." + id + ".outputs.sarif-file") && checks.contains(".runs[].results[]"), "the SARIF results are counted: " + checks);
        String prose = steps.stream().map(IntegrationFilesTest::map).limit(steps.indexOf(action))
                .map(s -> String.valueOf(s.get("run"))).reduce("", String::concat);
        assertTrue(prose.contains(folder + "/samples/spun-news-2023-05-03.txt"), "the spun sample is the prose: " + prose);
    }

    @Test
    void exampleWorkflow() throws Exception {
        Map<String, Object> workflow = load(".github/workflows/unspin-example.yml");
        // YAML 1.1 (SnakeYAML) reads the key `on` as true; GitHub reads it as "on"
        Object on = workflow.containsKey("on") ? workflow.get("on") : ((Map<?, ?>) workflow).get(Boolean.TRUE);
        assertTrue(map(on).containsKey("pull_request"), String.valueOf(on));
        assertEquals("write", map(workflow.get("permissions")).get("security-events"));
        Map<String, Object> inputs = map(((Map<String, Object>) load("action.yml")).get("inputs"));
        boolean usesAction = false;
        for (Object job : map(workflow.get("jobs")).values()) {
            List<Object> steps = list(map(job).get("steps"));
            Map<String, Object> checkout = map(steps.get(0));
            assertTrue(String.valueOf(checkout.get("uses")).startsWith("actions/checkout@v"));
            assertEquals(0, map(checkout.get("with")).get("fetch-depth"));
            for (Object s : steps) {
                Map<String, Object> step = map(s);
                if ("./".equals(step.get("uses"))) {
                    usesAction = true;
                    Map<String, Object> with = map(step.get("with"));
                    assertTrue(inputs.keySet().containsAll(with.keySet()), "inputs the action does not have: " + with.keySet());
                    assertEquals("origin/${{ github.base_ref }}", with.get("changed-since"));
                }
            }
        }
        assertTrue(usesAction, "the workflow uses the action");
    }
}
