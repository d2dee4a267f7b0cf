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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checkout's launcher ./unspin and the archive's bin/unspin, run as scripts on a stand-in checkout: a
 * fake {@code mvn} on PATH records its arguments and writes the files a build would, a fake {@code java}
 * prints the command line it was given. So the build decisions (when to build, -o when offline, what a
 * failed build says), the progress lines, the Java options and the installer are tested without Maven.
 */
class LauncherTest {
    /** The start-up options bin/unspin gives every command but serve and audit. */
    static final String QUICK = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData ";

    private static final String FAKE_MVN = """
            #!/bin/sh
            echo "$*" >> "$FAKE_MVN_LOG"
            echo "[INFO] Scanning for projects..."
            echo "[INFO] Downloading from central: https://repo.maven.apache.org/maven2/org/example/lib/1.0/lib-1.0.jar"
            echo "[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/org/example/lib/1.0/lib-1.0.jar (2.5 MB at 1.0 MB/s)"
            echo "[INFO] --- maven-compiler-plugin:3.13.0:compile (default-compile) @ unspin ---"
            if [ -n "${FAKE_MVN_FAIL:-}" ]; then echo "[ERROR] COMPILATION ERROR: Broken.java"; exit 1; fi
            echo "[INFO] --- maven-jar-plugin:3.4.2:jar (default-jar) @ unspin ---"
            mkdir -p target/lib && echo jar > target/unspin.jar
            case " $* " in
              *" -DskipTests "*)
                mkdir -p target/stage/unspin-1.2.3/bin target/stage/unspin-1.2.3/completion target/stage/unspin-1.2.3/man/man1
                printf '#!/bin/sh\nif [ "$UNSPIN_CDS" = wait ]; then echo archive > "$(dirname "$0")/../lib/unspin-1.jsa"; fi\n' > target/stage/unspin-1.2.3/bin/unspin
                chmod +x target/stage/unspin-1.2.3/bin/unspin
                mkdir -p target/stage/unspin-1.2.3/lib
                echo completion > target/stage/unspin-1.2.3/completion/unspin.bash
                echo page > target/stage/unspin-1.2.3/man/man1/unspin.1
                echo "[INFO] Building tar: $PWD/target/unspin-1.2.3.tar.gz"
                tar -czf target/unspin-1.2.3.tar.gz -C target/stage unspin-1.2.3 ;;
            esac
            """;
    private static final String FAKE_JAVA = "#!/bin/sh\necho \"java $*\"\n";
    /** The commands the launchers use, linked into a folder of their own: PATH without any real java or mvn. */
    private static final List<String> SYSTEM_COMMANDS = List.of("bash", "sh", "env", "dirname", "basename", "readlink", "find",
            "awk", "mkdir", "touch", "tail", "head", "ls", "tar", "gzip", "rm", "mv", "ln", "cat", "cp", "cksum", "rmdir", "sleep", "chmod", "printf");

    @TempDir
    Path temp;
    private Path checkout;
    private Path mvnLog;
    private Path system;
    private final Map<String, String> environment = new HashMap<>();

    @BeforeEach
    void standInCheckout() throws IOException {
        checkout = Files.createDirectories(temp.resolve("check out"));
        Files.copy(Path.of("unspin"), checkout.resolve("unspin"));
        Files.createDirectories(checkout.resolve("src/dist/bin"));
        Files.copy(Path.of("src/dist/bin/unspin"), checkout.resolve("src/dist/bin/unspin"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>");
        Files.createDirectories(checkout.resolve("src/main"));
        Files.createDirectories(checkout.resolve("rules"));
        Files.writeString(checkout.resolve("src/main/Main.java"), "class Main {}");
        for (String file : List.of("README.md", "LICENSE", "NOTICE")) {
            Files.writeString(checkout.resolve(file), file);
        }
        Path tools = Files.createDirectories(temp.resolve("tools"));
        executable(tools.resolve("mvn"), FAKE_MVN);
        executable(tools.resolve("java"), FAKE_JAVA);
        mvnLog = temp.resolve("mvn.log");
        system = Files.createDirectories(temp.resolve("system"));
        for (String command : SYSTEM_COMMANDS) {
            Path found = Path.of("/usr/bin", command);
            Files.createSymbolicLink(system.resolve(command), Files.exists(found) ? found : Path.of("/bin", command));
        }
        environment.put("PATH", tools + ":" + system);
        environment.put("FAKE_MVN_LOG", mvnLog.toString());
        environment.put("HOME", Files.createDirectories(temp.resolve("home")).toString());
        for (String name : List.of("JAVA_HOME", "JAVA_OPTS", "UNSPIN_JAVA_OPTS", "UNSPIN_OFFLINE", "UNSPIN_JAR", "FAKE_MVN_FAIL", "XDG_CACHE_HOME")) {
            environment.put(name, null);
        }
        // class-data sharing has tests of its own (LauncherClassDataSharingTest)
        environment.put("UNSPIN_CDS", "0");
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private ShellRun run(Path folder, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(checkout.resolve("unspin").toString()));
        command.addAll(List.of(args));
        return ShellRun.of(folder, environment, command);
    }

    private List<String> mavenRuns() throws IOException {
        return Files.exists(mvnLog) ? Files.readAllLines(mvnLog) : List.of();
    }

    @Test
    void buildsOnFirstUseWithProgressThenRunsTheJarWithoutBuilding() throws Exception {
        ShellRun first = run(checkout, "check", "a b.txt");
        assertEquals(0, first.code(), first.toString());
        assertEquals(1, mavenRuns().size());
        String maven = mavenRuns().get(0);
        assertTrue(maven.contains("-Dmaven.test.skip=true") && maven.endsWith("package"), maven);
        assertFalse(maven.contains(" -o"), "online by default: " + maven);
        assertTrue(first.err().contains("downloading the dependencies from Maven Central (about 160 MB"), first.err());
        assertTrue(first.err().contains("unspin: compiling\n") && first.err().contains("unspin: packaging target/unspin.jar"), first.err());
        assertTrue(first.err().contains("downloaded 1 files, 2.5 MB in all"), first.err());
        assertTrue(first.err().contains("built in "), first.err());
        assertFalse(first.err().contains("Scanning for projects"), "the rest of Maven's output goes to the log only");
        assertTrue(Files.readString(checkout.resolve("target/build.log")).contains("Scanning for projects"));
        assertEquals("java " + QUICK + "-jar " + checkout.resolve("target/unspin.jar") + " check a b.txt", first.out().strip());

        ShellRun second = run(checkout, "--version");
        assertEquals(0, second.code(), second.toString());
        assertEquals(1, mavenRuns().size(), "a current jar is not rebuilt");
        assertEquals("", second.err());
        assertEquals("java " + QUICK + "-jar " + checkout.resolve("target/unspin.jar") + " --version", second.out().strip());

        Files.setLastModifiedTime(checkout.resolve("target/.unspin-build-stamp"), FileTime.from(Instant.now().minusSeconds(60)));
        Files.writeString(checkout.resolve("rules/new.dict"), "changed rules");
        assertEquals(0, run(checkout, "--version").code());
        assertEquals(2, mavenRuns().size(), "changed rules are rebuilt");
    }

    @Test
    void offlineBuildsWithMavenOfflineAndNeverCallsMavenForACurrentJar() throws Exception {
        ShellRun first = run(checkout, "--offline", "--version");
        assertEquals(0, first.code(), first.toString());
        assertTrue(mavenRuns().get(0).startsWith("-B") && mavenRuns().get(0).contains(" -o "), mavenRuns().toString());
        assertTrue(first.err().contains("building with Maven (offline)"), first.err());
        assertTrue(first.out().strip().endsWith("unspin.jar --version"), "--offline is the launcher's, not passed on: " + first.out());

        environment.put("PATH", system.toString());
        environment.put("JAVA_HOME", fakeJavaHome().toString());
        environment.put("UNSPIN_OFFLINE", "1");
        ShellRun second = run(checkout, "--offline", "check", "x.md");
        assertEquals(0, second.code(), second.toString());
        assertEquals(1, mavenRuns().size(), "no Maven run (none is even on PATH)");
        assertEquals(fakeJavaHome().resolve("bin/java") + " " + QUICK + "-jar " + checkout.resolve("target/unspin.jar") + " check x.md", second.out().strip());

        Files.delete(checkout.resolve("target/unspin.jar"));
        environment.put("PATH", temp.resolve("tools") + ":" + system);
        assertEquals(0, run(checkout, "--version").code());
        assertTrue(mavenRuns().get(1).contains(" -o "), "UNSPIN_OFFLINE=1 is --offline: " + mavenRuns());
    }

    @Test
    void aFailedBuildShowsMavensErrorsAndExits2() throws Exception {
        environment.put("FAKE_MVN_FAIL", "1");
        ShellRun run = run(checkout, "--offline", "--version");
        assertEquals(2, run.code(), run.toString());
        assertTrue(run.err().contains("[ERROR] COMPILATION ERROR: Broken.java"), run.err());
        assertTrue(run.err().contains("unspin: build failed; the full log is in " + checkout.resolve("target/build.log")), run.err());
        assertTrue(run.err().contains("an offline build needs every dependency in ~/.m2"), run.err());
        assertEquals("", run.out(), "java is not run");
        assertFalse(Files.exists(checkout.resolve("target/.unspin-build-stamp")));
    }

    @Test
    void withoutMavenSaysWhatIsNeeded() throws Exception {
        environment.put("PATH", system.toString());
        ShellRun run = run(checkout, "--version");
        assertEquals(2, run.code(), run.toString());
        assertTrue(run.err().contains("needs Maven (mvn) and Java 17"), run.err());
    }

    @Test
    void worksThroughASymlinkFromAnotherFolder() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("unspin"), checkout.resolve("unspin"));
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        ShellRun run = ShellRun.of(elsewhere, environment, List.of(bin.resolve("unspin").toString(), "--version"));
        assertEquals(0, run.code(), run.toString());
        assertTrue(Files.exists(checkout.resolve("target/unspin.jar")), "built in the checkout");
        assertFalse(Files.exists(elsewhere.resolve("target")), "no stray target/ where it was run");
        assertTrue(run.out().contains(checkout.resolve("target/unspin.jar").toString()), run.out());
    }

    @Test
    void javaHomeJavaOptionsAndTheSharedArchiveReachJava() throws Exception {
        assertEquals(0, run(checkout, "--version").code());
        environment.put("JAVA_HOME", fakeJavaHome().toString());
        environment.put("JAVA_OPTS", "-Xmx1g -Da=b");
        environment.put("UNSPIN_JAVA_OPTS", "-Dc=d");
        Path jar = checkout.resolve("target/unspin.jar");
        assertEquals(fakeJavaHome().resolve("bin/java") + " " + QUICK + "-Xmx1g -Da=b -Dc=d -jar " + jar + " --version",
                run(checkout, "--version").out().strip());
        Files.writeString(checkout.resolve("target/unspin.jsa"), "archive made by the build");
        environment.put("UNSPIN_CDS", null);
        assertEquals(fakeJavaHome().resolve("bin/java") + " -XX:SharedArchiveFile=" + checkout.resolve("target/unspin.jsa")
                + " -Xshare:auto -Xlog:cds*=off " + QUICK + "-Xmx1g -Da=b -Dc=d -jar " + jar + " --version", run(checkout, "--version").out().strip());

        assertEquals(fakeJavaHome().resolve("bin/java") + " -XX:SharedArchiveFile=" + checkout.resolve("target/unspin.jsa")
                + " -Xshare:auto -Xlog:cds*=off -Xmx1g -Da=b -Dc=d -jar " + jar + " serve", run(checkout, "serve").out().strip(),
                "long runs (serve, audit) keep the optimising compiler");
        assertTrue(run(checkout, "audit", "x").out().contains(" -Dc=d -jar "), "audit: no start-up options");
        assertFalse(run(checkout, "audit", "x").out().contains("TieredStopAtLevel"));

        environment.put("JAVA_HOME", temp.resolve("no-such-java").toString());
        ShellRun wrong = run(checkout, "--version");
        assertEquals(2, wrong.code(), wrong.toString());
        assertTrue(wrong.err().contains("JAVA_HOME is " + temp.resolve("no-such-java")), wrong.err());
    }

    @Test
    void archiveLauncherWithoutJavaSaysSo() throws Exception {
        Path home = Files.createDirectories(temp.resolve("unspin-1.2.3"));
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("lib"));
        Files.writeString(home.resolve("lib/unspin.jar"), "jar");
        executable(home.resolve("bin/unspin"), Files.readString(Path.of("src/dist/bin/unspin")));
        environment.put("PATH", system.toString());
        ShellRun run = ShellRun.of(temp, environment, List.of(home.resolve("bin/unspin").toString(), "--version"));
        assertEquals(2, run.code(), run.toString());
        assertEquals("unspin: java not found; install Java 17 or newer (a JRE is enough) or set JAVA_HOME", run.err().strip());
        Files.delete(home.resolve("lib/unspin.jar"));
        ShellRun incomplete = ShellRun.of(temp, environment, List.of(home.resolve("bin/unspin").toString(), "--version"));
        assertEquals(2, incomplete.code(), incomplete.toString());
        assertTrue(incomplete.err().contains("unspin.jar is missing; unpack the whole archive"), incomplete.err());
    }

    @Test
    void installUnpacksTheArchiveAndLinksTheCommandAgainAndAgain() throws Exception {
        Path prefix = temp.resolve("prefix");
        ShellRun first = run(temp, "install", "--prefix", prefix.toString());
        assertEquals(0, first.code(), first.toString());
        assertEquals(1, mavenRuns().size());
        assertTrue(mavenRuns().get(0).contains("-DskipTests") && !mavenRuns().get(0).contains("maven.test.skip"), mavenRuns().toString());
        Path home = prefix.resolve("lib/unspin-1.2.3");
        assertTrue(Files.isRegularFile(home.resolve("bin/unspin")));
        assertEquals(home.resolve("bin/unspin"), Files.readSymbolicLink(prefix.resolve("bin/unspin")));
        assertEquals(home.resolve("completion/unspin.bash"), Files.readSymbolicLink(prefix.resolve("share/bash-completion/completions/unspin")));
        assertEquals(home.resolve("man/man1/unspin.1"), Files.readSymbolicLink(prefix.resolve("share/man/man1/unspin.1")));
        assertTrue(first.out().contains("unspin: installed unspin 1.2.3 in " + home), first.out());
        assertTrue(first.out().contains("is not on your PATH"), first.out());
        assertTrue(first.out().contains("unspin: made " + home.resolve("lib/unspin-1.jsa") + " (class-data sharing"),
                "the installed launcher was run with UNSPIN_CDS=wait: " + first.out());

        Files.writeString(home.resolve("stale-file"), "from an earlier install");
        ShellRun again = run(temp, "install", "--prefix=" + prefix);
        assertEquals(0, again.code(), again.toString());
        assertEquals(1, mavenRuns().size(), "a current archive is not rebuilt");
        assertTrue(again.out().contains("unspin: replaced unspin 1.2.3 in " + home), again.out());
        assertFalse(Files.exists(home.resolve("stale-file")), "the version's folder is replaced, not merged");
        assertEquals(home.resolve("bin/unspin"), Files.readSymbolicLink(prefix.resolve("bin/unspin")));
        try (var left = Files.list(prefix.resolve("lib"))) {
            assertEquals(List.of(home), left.toList(), "no staging folder left behind");
        }
    }

    @Test
    void installRefusesToReplaceWhatItDidNotMake() throws Exception {
        Path prefix = temp.resolve("prefix");
        Files.createDirectories(prefix.resolve("bin"));
        Files.writeString(prefix.resolve("bin/unspin"), "someone else's");
        ShellRun run = run(temp, "install", "--prefix", prefix.toString());
        assertEquals(2, run.code(), run.toString());
        assertTrue(run.err().contains(prefix.resolve("bin/unspin") + " exists and is not a link this installer made"), run.err());
        assertEquals("someone else's", Files.readString(prefix.resolve("bin/unspin")));
    }

    @Test
    void installHelpAndUsageErrors() throws Exception {
        ShellRun help = run(temp, "install", "--help");
        assertEquals(0, help.code(), help.toString());
        assertTrue(help.out().startsWith("Usage: ./unspin install [--prefix DIR]"), help.out());
        assertTrue(help.out().contains("Uninstall: rm -r DIR/lib/unspin-VERSION DIR/bin/unspin"), help.out());
        ShellRun unknown = run(temp, "install", "--prefx", "x");
        assertEquals(2, unknown.code(), unknown.toString());
        assertEquals("unspin install: unknown argument '--prefx'; see ./unspin install --help", unknown.err().strip());
        ShellRun missing = run(temp, "install", "--prefix");
        assertEquals(2, missing.code(), missing.toString());
        assertTrue(missing.err().contains("--prefix needs a folder"), missing.err());
        assertEquals(List.of(), mavenRuns());
    }

    private Path fakeJavaHome() throws IOException {
        Path home = temp.resolve("jdk");
        if (!Files.exists(home)) {
            Files.createDirectories(home.resolve("bin"));
            executable(home.resolve("bin/java"), "#!/bin/sh\necho \"$0 $*\"\n");
        }
        return home;
    }
}
