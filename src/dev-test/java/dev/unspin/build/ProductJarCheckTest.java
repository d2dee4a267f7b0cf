package dev.unspin.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The verify-phase check itself (the build runs it on target/unspin.jar): it finds a leaked class and a test-only library. */
class ProductJarCheckTest {
    @TempDir
    Path dir;

    @Test
    void aDeveloperToolClassInTheJarIsALeak() throws IOException {
        Path jar = jar("product.jar", "dev/unspin/cli/Main.class", "dev/unspin/eval/SwapTable.class", "rules/README.md");
        Set<String> testClasses = Set.of("dev/unspin/cli/DevMain.class", "dev/unspin/eval/SwapTable.class");
        assertEquals(List.of("product.jar: dev/unspin/eval/SwapTable.class"), ProductJarCheck.leaks(jar, testClasses));
        assertEquals(List.of(), ProductJarCheck.leaks(jar("clean.jar", "dev/unspin/cli/Main.class"), testClasses));
    }

    @Test
    void theBuildFailsOnALeakOrATestLibraryAndPassesOtherwise() throws IOException {
        Path classes = dir.resolve("test-classes");
        Files.createDirectories(classes.resolve("dev/unspin/cli"));
        Files.write(classes.resolve("dev/unspin/cli/DevMain.class"), new byte[0]);
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.write(lib.resolve("picocli-4.7.7.jar"), new byte[0]);
        String clean = jar("clean.jar", "dev/unspin/cli/Main.class").toString();
        ProductJarCheck.main(new String[] {classes.toString(), lib.toString(), clean, dir.resolve("absent.jar").toString()});

        String leaky = jar("leaky.jar", "dev/unspin/cli/DevMain.class").toString();
        IllegalStateException leak = assertThrows(IllegalStateException.class,
                () -> ProductJarCheck.main(new String[] {classes.toString(), lib.toString(), leaky}));
        assertTrue(leak.getMessage().contains("leaky.jar: dev/unspin/cli/DevMain.class"), leak.getMessage());

        Files.write(lib.resolve("junit-jupiter-api-5.11.4.jar"), new byte[0]);
        IllegalStateException library = assertThrows(IllegalStateException.class,
                () -> ProductJarCheck.main(new String[] {classes.toString(), lib.toString(), clean}));
        assertTrue(library.getMessage().contains("lib/junit-jupiter-api-5.11.4.jar"), library.getMessage());
    }

    @Test
    void aFolderWithoutTheDeveloperToolsIsRefused() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        String clean = jar("clean.jar", "dev/unspin/cli/Main.class").toString();
        assertThrows(IllegalStateException.class, () -> ProductJarCheck.main(new String[] {empty.toString(), empty.toString(), clean}));
    }

    private Path jar(String name, String... entries) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "dev.unspin.cli.Main");
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (String entry : entries) {
                out.putNextEntry(new ZipEntry(entry));
                out.closeEntry();
            }
        }
        return jar;
    }
}
