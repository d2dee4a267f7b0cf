package dev.unspin;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** unspin has a licence of its own (Apache-2.0, issue 16); NOTICE keeps the third-party components. */
class LicenceFilesTest {

    @Test
    void licenceIsApache2AndThePomSaysSo() throws Exception {
        String licence = Files.readString(Path.of("LICENSE"));
        assertTrue(licence.strip().startsWith("Apache License\n                           Version 2.0, January 2004"), licence.substring(0, 200));
        assertTrue(licence.contains("END OF TERMS AND CONDITIONS"));
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("<name>Apache-2.0</name>"), "pom.xml declares no licence");
        assertTrue(Files.readString(Path.of("README.md")).contains("[LICENSE](LICENSE)"), "README does not link the licence");
    }

    @Test
    void noticeStillListsTheThirdPartyComponents() throws Exception {
        String notice = Files.readString(Path.of("NOTICE"));
        assertTrue(notice.contains("LanguageTool") && notice.contains("picocli"), notice);
    }
}
