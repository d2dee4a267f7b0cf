package dev.unspin.dist;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unspin.cli.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The distribution archive as a user gets it: run by the build after {@code package} (surefire execution
 * "distribution-archive" in pom.xml, which names the archive in the system property {@code unspin.archive}).
 * The .tar.gz is unpacked into a folder whose name has a space, its bin/unspin is reached through a
 * symbolic link (as from PATH) and run from another folder on a copy of the sample: the report must be
 * the one this build's code gives (reports/spun-news-2023-05-03.json, which ExampleReportsTest keeps current). The .zip must hold the same files.
 */
class DistributionArchiveIT {
    private static final String SAMPLE = "spun-news-2023-05-03.txt";

    @TempDir
    Path temp;

    private static String archive() {
        String base = System.getProperty("unspin.archive");
        assertNotNull(base, "unspin.archive is not set: run this test through `mvn verify`, after the archive is built");
        return base;
    }

    @Test
    void unpackedArchiveChecksTheSampleFromAnotherFolder() throws Exception {
        Path unpacked = Files.createDirectories(temp.resolve("un packed"));
        ShellRun tar = ShellRun.of(unpacked, Map.of(), List.of("tar", "-xzf", archive() + ".tar.gz"));
        assertEquals(0, tar.code(), tar.toString());
        Path home = unpacked.resolve("unspin-" + Version.current());
        assertTrue(Files.isExecutable(home.resolve("bin/unspin")), "bin/unspin is executable");
        assertTrue(Files.isExecutable(home.resolve("bin/unspin-install-dictionaries")), "bin/unspin-install-dictionaries is executable");
        for (String file : List.of("bin/unspin.bat", "lib/unspin.jar", "lib/model/en-us-3gram.bin", "lib/model/wordnet-synonyms.bin",
                "completion/unspin.bash", "man/man1/unspin.1", "LICENSE", "NOTICE", "README.md")) {
            assertTrue(Files.isRegularFile(home.resolve(file)), file);
        }
        try (JarFile jar = new JarFile(home.resolve("lib/unspin.jar").toFile()); Stream<Path> lib = Files.list(home.resolve("lib"))) {
            Set<String> named = new TreeSet<>(List.of(jar.getManifest().getMainAttributes().getValue("Class-Path").split(" ")));
            Set<String> present = new TreeSet<>();
            lib.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".jar") && !name.equals("unspin.jar")).forEach(present::add);
            assertEquals(named, present, "lib/ holds exactly the libraries lib/unspin.jar's manifest names");
        }
        Path onPath = Files.createDirectories(temp.resolve("path"));
        Files.createSymbolicLink(onPath.resolve("unspin"), home.resolve("bin/unspin"));
        Path work = Files.createDirectories(temp.resolve("work"));
        Files.copy(Path.of("samples", SAMPLE), work.resolve(SAMPLE));
        Map<String, String> environment = new HashMap<>();
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        for (String name : List.of("UNSPIN_MODEL", "JAVA_OPTS", "UNSPIN_JAVA_OPTS", "JAVA_TOOL_OPTIONS", "XDG_CACHE_HOME")) {
            environment.put(name, null);
        }
        environment.put("HOME", Files.createDirectories(temp.resolve("home")).toString());
        // the class-data-sharing archive is made by the first run, before it returns (no run left in the background)
        environment.put("UNSPIN_CDS", "wait");
        String unspin = onPath.resolve("unspin").toString();

        ShellRun version = ShellRun.of(work, environment, List.of(unspin, "--version"));
        assertEquals(0, version.code(), version.toString());
        assertEquals("unspin " + Version.current(), version.out().strip());
        try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
            List<String> made = lib.map(path -> path.getFileName().toString()).filter(name -> !name.endsWith(".jar") && !name.equals("model")
                    && !name.equals("unspin.classlist")).toList();
            assertEquals(1, made.size(), "one class-data-sharing archive, no temporary file or lock: " + made);
            assertTrue(made.get(0).matches("unspin-[0-9]+\\.jsa"), made.toString());
        }
        environment.put("UNSPIN_JAVA_OPTS", "-Xlog:class+load=info");
        ShellRun shared = ShellRun.of(work, environment, List.of(unspin, "--version"));
        // (Java 17 loads the application's own classes from the archive only when the install path has no space, as
        // measured by hand; this folder's name has one, so only the JDK's classes in it are asserted here)
        assertTrue(shared.out().contains("java.lang.Object source: shared objects file"), "later runs load classes from the archive: "
                + shared.out().lines().filter(line -> line.contains("java.lang.Object ")).findFirst().orElse(shared.out()));
        environment.put("UNSPIN_JAVA_OPTS", null);

        ShellRun check = ShellRun.of(work, environment, List.of(unspin, "check", "--format", "json", SAMPLE));
        assertEquals(1, check.code(), check.toString());
        // reports/ holds what this build's code writes for the sample (ExampleReportsTest keeps it so)
        ObjectNode packaged = document(check.out());
        ObjectNode expected = document(Files.readString(Path.of("reports", "spun-news-2023-05-03.json")));
        assertTrue(packaged.path("findings").size() >= 70, "the sample's findings: " + packaged.path("findings").size());
        assertEquals(expected, packaged, "the archive reports what this build's code reports");
        try (Stream<Path> files = Files.list(work)) {
            assertEquals(List.of(work.resolve(SAMPLE)), files.toList(), "nothing written into the working folder");
        }
        try (Stream<Path> files = Files.list(temp.resolve("home"))) {
            assertEquals(List.of(), files.toList(), "nor into HOME: the archive went beside the jar");
        }
    }

    @Test
    void zipHoldsTheSameFilesAsTheTarball() throws Exception {
        ShellRun list = ShellRun.of(temp, Map.of(), List.of("tar", "-tzf", archive() + ".tar.gz"));
        assertEquals(0, list.code(), list.toString());
        Set<String> tarFiles = new TreeSet<>();
        for (String name : list.out().split("\n")) {
            if (!name.isBlank() && !name.endsWith("/")) {
                tarFiles.add(name);
            }
        }
        Set<String> zipFiles = new TreeSet<>();
        try (ZipFile zip = new ZipFile(archive() + ".zip")) {
            zip.stream().filter(entry -> !entry.isDirectory()).map(ZipEntry::getName).forEach(zipFiles::add);
        }
        assertEquals(tarFiles, zipFiles);
        assertTrue(zipFiles.contains("unspin-" + Version.current() + "/bin/unspin"), zipFiles.toString());
    }

    /** The report's one document, without its path. */
    private static ObjectNode document(String json) throws Exception {
        ObjectNode document = (ObjectNode) new ObjectMapper().readTree(json).path("documents").path(0);
        document.remove("path");
        return document;
    }
}
