package dev.unspin.dist;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No Docker engine runs here, so the Dockerfile is read and its promises checked: two stages (a Maven
 * build, a JRE), the final one as a non-root user in /work with bin/unspin as its entry point, and every
 * file the build stage copies exists and is not left out by .dockerignore.
 */
class DockerfileTest {

    /** One instruction: its keyword and the rest of its line (continuation lines joined). */
    private record Instruction(String keyword, String arguments) {
    }

    private static List<List<Instruction>> stages() throws Exception {
        List<List<Instruction>> stages = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String line : Files.readAllLines(Path.of("Dockerfile"))) {
            if (pending.isEmpty() && (line.isBlank() || line.startsWith("#"))) {
                continue;
            }
            if (line.endsWith("\\")) {
                pending.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            String whole = (pending + line).strip();
            pending.setLength(0);
            String[] parts = whole.split("\\s+", 2);
            Instruction instruction = new Instruction(parts[0].toUpperCase(java.util.Locale.ROOT), parts.length > 1 ? parts[1] : "");
            if (instruction.keyword().equals("FROM")) {
                stages.add(new ArrayList<>());
            }
            assertFalse(stages.isEmpty(), "an instruction before FROM: " + whole);
            stages.get(stages.size() - 1).add(instruction);
        }
        return stages;
    }

    private static List<String> all(List<Instruction> stage, String keyword) {
        return stage.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
    }

    @Test
    void buildsWithMavenAndRunsOnAJreAsANonRootUser() throws Exception {
        List<List<Instruction>> stages = stages();
        assertEquals(2, stages.size(), "a build stage and a run stage");
        List<Instruction> build = stages.get(0);
        List<Instruction> run = stages.get(1);
        assertEquals("maven:3-eclipse-temurin-17 AS build", build.get(0).arguments());
        assertTrue(all(build, "RUN").stream().anyMatch(r -> r.contains("mvn -B") && r.contains(" package")
                && r.contains("tar -xzf target/unspin-*.tar.gz")), "the build stage builds and unpacks the archive");
        String base = run.get(0).arguments();
        assertTrue(base.equals("eclipse-temurin:17-jre") || base.startsWith("gcr.io/distroless/java17"), base);

        List<String> users = all(run, "USER");
        assertEquals(1, users.size(), users.toString());
        assertFalse(List.of("root", "0", "0:0").contains(users.get(0)), "runs as a non-root user: " + users);
        assertTrue(all(run, "RUN").stream().anyMatch(r -> r.contains("useradd") && r.endsWith(" " + users.get(0))),
                "the user is created in the image");
        assertEquals(List.of("/work"), all(run, "WORKDIR"));
        assertEquals(List.of("[\"/opt/unspin/bin/unspin\"]"), all(run, "ENTRYPOINT"));
        assertEquals(List.of("--from=build /dist/unspin /opt/unspin"), all(run, "COPY"));
        int user = run.stream().map(Instruction::keyword).toList().indexOf("USER");
        int entry = run.stream().map(Instruction::keyword).toList().indexOf("ENTRYPOINT");
        assertTrue(user < entry, "USER comes before the entry point");
    }

    @Test
    void everythingTheBuildCopiesIsSentToTheEngine() throws Exception {
        List<String> ignored = Files.readAllLines(Path.of(".dockerignore")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.replaceAll("/$", "")).toList();
        assertTrue(ignored.containsAll(List.of("target", ".git")), "build output and history stay out: " + ignored);
        List<String> sources = new ArrayList<>();
        for (String copy : all(stages().get(0), "COPY")) {
            List<String> words = List.of(copy.split("\\s+"));
            sources.addAll(words.subList(0, words.size() - 1));
        }
        assertTrue(sources.containsAll(List.of("pom.xml", "src", "rules", "LICENSE", "NOTICE", "README.md")), sources.toString());
        for (String source : sources) {
            assertTrue(Files.exists(Path.of(source)), source + " is copied but does not exist");
            assertFalse(ignored.contains(source), source + " is copied but .dockerignore leaves it out");
        }
    }
}
