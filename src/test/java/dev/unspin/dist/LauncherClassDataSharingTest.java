package dev.unspin.dist;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The archive's bin/unspin and its class-data-sharing archive, with a fake {@code java} (in a fake JAVA_HOME) that
 * logs every command line; given {@code -XX:ArchiveClassesAtExit=FILE} it reads the text on its stdin and writes
 * FILE, as the real one does at exit. The real JVM's part is in DistributionArchiveIT.
 */
class LauncherClassDataSharingTest {
    private static final String QUICK = LauncherTest.QUICK;

    private static final String FAKE_JAVA = """
            #!/bin/sh
            echo "$*" >> "$FAKE_JAVA_LOG"
            dump=""
            for arg in "$@"; do
              case "$arg" in
                -Xshare:dump) dump=yes ;;
                -XX:SharedArchiveFile=*)
                  if [ -n "$dump" ]; then
                    if [ -n "${FAKE_TRAINING_FAIL:-}" ]; then exit 1; fi
                    echo static archive > "${arg#-XX:*=}"
                    exit 0
                  fi ;;
                -XX:ArchiveClassesAtExit=*|-XX:AOTCacheOutput=*)
                  cat > "$FAKE_JAVA_LOG.stdin"
                  sleep "${FAKE_TRAINING_SECONDS:-0}"
                  if [ -n "${FAKE_TRAINING_FAIL:-}" ]; then echo "Error occurred during initialization of VM"; exit 1; fi
                  echo archive > "${arg#-XX:*=}"
                  exit 0 ;;
              esac
            done
            echo "java $*"
            echo "a message on stderr" >&2
            exit "${FAKE_JAVA_EXIT:-0}"
            """;

    @TempDir
    Path temp;
    private Path home;
    private Path javaHome;
    private Path jar;
    private Path javaLog;
    private final Map<String, String> environment = new HashMap<>();

    @BeforeEach
    void unpackedArchiveAndFakeJava() throws IOException {
        home = Files.createDirectories(temp.resolve("unspin 1.2.3"));
        Files.createDirectories(home.resolve("bin"));
        executable(home.resolve("bin/unspin"), Files.readString(Path.of("src/dist/bin/unspin")));
        jar = home.resolve("lib/unspin.jar");
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "jar");
        Files.writeString(home.resolve("lib/library.jar"), "library");
        javaHome = Files.createDirectories(temp.resolve("jdk/bin")).getParent();
        executable(javaHome.resolve("bin/java"), FAKE_JAVA);
        Files.writeString(javaHome.resolve("release"), "JAVA_VERSION=\"17.0.15\"\n");
        javaLog = temp.resolve("java.log");
        environment.put("JAVA_HOME", javaHome.toString());
        environment.put("FAKE_JAVA_LOG", javaLog.toString());
        environment.put("HOME", Files.createDirectories(temp.resolve("home")).toString());
        for (String name : List.of("JAVA_OPTS", "UNSPIN_JAVA_OPTS", "UNSPIN_JAR", "UNSPIN_CDS", "XDG_CACHE_HOME", "JAVA_TOOL_OPTIONS")) {
            environment.put(name, null);
        }
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private ShellRun run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/unspin").toString()));
        command.addAll(List.of(args));
        return ShellRun.of(temp, environment, command);
    }

    private List<String> javaRuns() throws IOException {
        return Files.exists(javaLog) ? Files.readAllLines(javaLog) : List.of();
    }

    /** The files of lib/ that are not jars or the class list: archives, temporary files, locks. */
    private List<String> archiveFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> !name.endsWith(".jar") && !name.endsWith(".classlist")).sorted().toList();
        }
    }

    private String archiveName() throws IOException {
        List<String> made = archiveFiles(jar.getParent());
        assertEquals(1, made.size(), made.toString());
        assertTrue(made.get(0).matches("unspin-[0-9]+\\.(jsa|aot)"), made.toString());
        return made.get(0);
    }

    @Test
    void firstRunKeepsItsOutputAndExitCodeAndMakesTheArchiveThatLaterRunsUse() throws Exception {
        environment.put("UNSPIN_CDS", "wait");
        environment.put("FAKE_JAVA_EXIT", "1");
        ShellRun first = run("check", "a b.txt");
        assertEquals(1, first.code(), "the run's exit code: " + first);
        assertEquals("java " + QUICK + "-jar " + jar + " check a b.txt", first.out().strip(), "only the run's output");
        assertEquals("a message on stderr", first.err().strip());
        Path archive = jar.resolveSibling(archiveName());
        assertEquals(2, javaRuns().size(), javaRuns().toString());
        assertEquals(QUICK + "-jar " + jar + " check a b.txt", javaRuns().get(0));
        String archiveRun = javaRuns().get(1);
        assertTrue(archiveRun.startsWith("-XX:ArchiveClassesAtExit=" + archive + ".")
                && archiveRun.endsWith(".tmp -Xlog:cds*=off -jar " + jar + " check --fail-on never -"),
                "the archive is made by a run of its own, after the user's, into a temporary file: " + archiveRun);
        assertTrue(Files.readString(Path.of(javaLog + ".stdin")).contains("The city council said"), "it checks the launcher's text");

        ShellRun second = run("--version");
        assertEquals(1, second.code());
        assertEquals("java -XX:SharedArchiveFile=" + archive + " -Xshare:auto -Xlog:cds*=off " + QUICK + "-jar " + jar + " --version", second.out().strip());
        assertEquals(3, javaRuns().size(), "no second archive run");

        environment.put("UNSPIN_CDS", "off");
        assertEquals("java " + QUICK + "-jar " + jar + " --version", run("--version").out().strip(), "UNSPIN_CDS=off: no archive used");
        assertEquals(4, javaRuns().size(), "nor made");
    }

    @Test
    void withTheBuildsClassListTheArchiveIsAStaticDumpOfIt() throws Exception {
        Path list = jar.resolveSibling("unspin.classlist");
        Files.writeString(list, "java/lang/Object\npicocli/CommandLine\n");
        environment.put("UNSPIN_CDS", "wait");
        ShellRun first = run("--version");
        assertEquals(0, first.code(), first.toString());
        Path archive = jar.resolveSibling(archiveName());
        assertEquals("static archive", Files.readString(archive).strip());
        String archiveRun = javaRuns().get(1);
        assertTrue(archiveRun.startsWith("-Xshare:dump -XX:SharedClassListFile=" + list + " -XX:SharedArchiveFile=" + archive + ".")
                && archiveRun.endsWith(".tmp -Xlog:cds*=off -jar " + jar), "no training run: " + archiveRun);
        assertEquals("java -XX:SharedArchiveFile=" + archive + " -Xshare:auto -Xlog:cds*=off " + QUICK + "-jar " + jar + " --version",
                run("--version").out().strip());

        Files.delete(archive);
        environment.put("FAKE_TRAINING_FAIL", "1");
        assertEquals(0, run("--version").code(), "a failed dump is not the run's failure");
        assertEquals(List.of("unspin-" + archive.getFileName().toString().replaceAll("\\D", "") + ".jsa.lock"),
                archiveFiles(jar.getParent()), "only the lock of the failed dump is left");
    }

    @Test
    void java25AndLaterGetAnAheadOfTimeCacheKeptApartFromJava17s() throws Exception {
        environment.put("UNSPIN_CDS", "wait");
        run("--version");
        String java17 = archiveName();
        Files.writeString(javaHome.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.3\"\n");
        run("--version");
        String archiveRun = javaRuns().get(3);
        assertTrue(archiveRun.startsWith("-XX:AOTCacheOutput=" + jar.getParent().resolve("unspin-")) && archiveRun.contains(".aot.")
                && archiveRun.endsWith(".tmp -Xlog:cds*=off -Xlog:aot*=off -jar " + jar + " check --fail-on never -"), archiveRun);
        List<String> made = archiveFiles(jar.getParent());
        assertEquals(2, made.size(), "another Java, another archive: " + made);
        assertTrue(made.contains(java17), made.toString());
        Path cache = jar.resolveSibling(made.stream().filter(name -> name.endsWith(".aot")).findFirst().orElseThrow());
        assertEquals("java -XX:AOTCache=" + cache + " -Xlog:cds*=off -Xlog:aot*=off " + QUICK + "-jar " + jar + " --version", run("--version").out().strip());
    }

    @Test
    void aNewerJarMakesTheArchiveAgain() throws Exception {
        environment.put("UNSPIN_CDS", "wait");
        run("--version");
        Path archive = jar.resolveSibling(archiveName());
        for (Path file : List.of(jar, home.resolve("lib/library.jar"))) {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(120)));
        }
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().minusSeconds(60)));
        Files.createDirectories(home.resolve("lib/other"));
        Files.writeString(home.resolve("lib/other/unrelated.jar"), "not on the class path");
        assertTrue(run("--version").out().contains("-XX:SharedArchiveFile="), "a jar in another folder below does not count");
        Files.setLastModifiedTime(home.resolve("lib/library.jar"), FileTime.from(Instant.now().minusSeconds(30)));
        ShellRun rebuilt = run("--version");
        assertEquals("java " + QUICK + "-jar " + jar + " --version", rebuilt.out().strip(), "an archive older than a jar is not used");
        assertEquals(5, javaRuns().size(), "and is made again: " + javaRuns());
        assertTrue(Files.getLastModifiedTime(archive).toInstant().isAfter(Instant.now().minusSeconds(20)));
    }

    @Test
    void aFailedArchiveRunChangesNothingAndIsNotRetriedAtOnce() throws Exception {
        environment.put("UNSPIN_CDS", "wait");
        environment.put("FAKE_TRAINING_FAIL", "1");
        ShellRun first = run("--version");
        assertEquals(0, first.code(), first.toString());
        assertEquals("java " + QUICK + "-jar " + jar + " --version", first.out().strip());
        assertEquals("a message on stderr", first.err().strip(), "nothing from the failed archive run");
        String lock = archiveFiles(jar.getParent()).get(0);
        assertTrue(lock.matches("unspin-[0-9]+\\.jsa\\.lock"), "only the lock is left: " + archiveFiles(jar.getParent()));
        run("--version");
        assertEquals(3, javaRuns().size(), "the lock holds off another try for 10 minutes: " + javaRuns());

        Files.setLastModifiedTime(jar.resolveSibling(lock), FileTime.from(Instant.now().minusSeconds(11 * 60)));
        environment.put("FAKE_TRAINING_FAIL", null);
        run("--version");
        assertEquals(5, javaRuns().size(), "a lock older than 10 minutes is a killed run's: " + javaRuns());
        archiveName();
    }

    @Test
    void concurrentFirstRunsMakeOneArchive() throws Exception {
        environment.put("UNSPIN_CDS", "wait");
        environment.put("FAKE_TRAINING_SECONDS", "2");
        CompletableFuture<ShellRun> other = CompletableFuture.supplyAsync(() -> {
            try {
                return run("--version");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ShellRun mine = run("--version");
        assertEquals(0, mine.code(), mine.toString());
        assertEquals(0, other.join().code(), other.join().toString());
        assertEquals(1, javaRuns().stream().filter(line -> line.startsWith("-XX:ArchiveClassesAtExit=")).count(), javaRuns().toString());
        archiveName();
    }

    @Test
    void byDefaultTheArchiveIsMadeInTheBackground() throws Exception {
        environment.put("FAKE_TRAINING_SECONDS", "2");
        ShellRun first = run("--version");
        assertEquals(0, first.code(), first.toString());
        assertEquals("java " + QUICK + "-jar " + jar + " --version", first.out().strip());
        assertTrue(archiveFiles(jar.getParent()).stream().noneMatch(name -> name.endsWith(".jsa")),
                "the run returned (and closed its output) without waiting for the archive run: " + archiveFiles(jar.getParent()));
        for (int i = 0; i < 150 && !(archiveFiles(jar.getParent()).size() == 1 && archiveFiles(jar.getParent()).get(0).endsWith(".jsa")); i++) {
            Thread.sleep(100);
        }
        archiveName();
    }

    @Test
    void anUnwritableInstallationUsesTheUsersCache() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root can write anywhere");
        Files.setPosixFilePermissions(jar.getParent(), PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            environment.put("UNSPIN_CDS", "wait");
            Path cache = temp.resolve("cache");
            environment.put("XDG_CACHE_HOME", cache.toString());
            run("--version");
            assertEquals(1, archiveFiles(cache.resolve("unspin")).size(), archiveFiles(cache.resolve("unspin")).toString());
            assertTrue(run("--version").out().contains("-XX:SharedArchiveFile=" + cache.resolve("unspin")));

            environment.put("XDG_CACHE_HOME", temp.resolve("unwritable/cache").toString());
            Files.createDirectories(temp.resolve("unwritable"));
            Files.setPosixFilePermissions(temp.resolve("unwritable"), PosixFilePermissions.fromString("r-xr-xr-x"));
            ShellRun skipped = run("--version");
            assertEquals("java " + QUICK + "-jar " + jar + " --version", skipped.out().strip());
            assertEquals("a message on stderr", skipped.err().strip(), "an unwritable cache is skipped silently");
            assertFalse(Files.exists(temp.resolve("unwritable/cache")));
        } finally {
            Files.setPosixFilePermissions(jar.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
