package dev.unspin.report;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Control characters shown as visible escapes; everything else untouched. */
class TerminalTextTest {

    @Test
    void escapesC0DelC1AndBidiControlsButKeepsLayoutAndOrdinaryText() {
        assertEquals("a\\u001B[2Jb\\u0007\\u007F\\u009B\\u202A\\u202E\\u2066\\u2069", TerminalText.safe(
                "a\u001B[2Jb\u0007\u007F\u009B\u202A\u202E\u2066\u2069"));
        assertEquals("line one\n\tline two \\u000D", TerminalText.safe("line one\n\tline two \r"));
        assertEquals("one\\u000Aline", TerminalText.oneLine("one\nline"));
        String ordinary = "caf\u00E9 \u201Cquoted\u201D \u2014 \u05E9\u05DC\u05D5\u05DD \u4E2D\u6587 \uD83D\uDE00 \u200F";
        assertSame(ordinary, TerminalText.safe(ordinary));
    }

    @Test
    void standardErrorEscapesEverythingWrittenButItsOwnCarriageReturn() {
        StringWriter raw = new StringWriter();
        StandardErrorWriter err = new StandardErrorWriter(raw);
        err.println("unspin: evil\u001B]0;title\u0007.txt\rhidden: empty file");
        err.write('\u001B');
        StandardErrorWriter.carriageReturn(err);
        err.print("[==   ] 10 documents");
        err.flush();
        assertEquals("unspin: evil\\u001B]0;title\\u0007.txt\\u000Dhidden: empty file\n\\u001B\r[==   ] 10 documents", raw.toString());
    }
}
