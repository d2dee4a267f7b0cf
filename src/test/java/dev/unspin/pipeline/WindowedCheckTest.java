package dev.unspin.pipeline;

import dev.unspin.engine.DetectorKind;
import dev.unspin.engine.DocumentResult;
import dev.unspin.engine.Finding;
import dev.unspin.input.InputFormat;
import dev.unspin.text.LineIndex;
import dev.unspin.text.ProseMask;
import dev.unspin.text.TextWindows;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17 item 7: a long text is checked window by window in bounded memory, with the same findings
 * at the same offsets, lines and columns, the same word count, score and verdict as checked whole.
 */
class WindowedCheckTest {
    private static final String[] SENTENCES = {
            "Officials fear local weather exchange will hurt the harvest.",
            "The minister spoke for an hour about the budget!",
            "Café 😀 staff saw nuclear fingers near the border.",
            "Japan is strengthening members of the family with Seoul?",
            "Nothing else happened that day.",
    };

    private static final CheckPipeline WHOLE = pipeline(Integer.MAX_VALUE);

    private static CheckPipeline pipeline(int windowSize) {
        return CheckPipeline.builder().detectors(EnumSet.of(DetectorKind.DICTIONARY)).windowSize(windowSize).build();
    }

    /** Paragraphs of a few sentences, with LF, CRLF and lone-CR line ends and lines broken inside paragraphs. */
    private static String paragraphs(int count) {
        StringBuilder text = new StringBuilder();
        String[] ends = {"\n", "\r\n", "\r"};
        for (int p = 0; p < count; p++) {
            String end = ends[p % ends.length];
            for (int s = 0; s <= p % 4; s++) {
                text.append(SENTENCES[(p + s) % SENTENCES.length]).append(s % 2 == 0 ? " " : end);
            }
            text.append(end).append(end);
        }
        return text.toString();
    }

    private static List<String> described(DocumentResult result) {
        LineIndex lines = result.document().lineIndex();
        return result.findings().stream().map((Finding f) -> lines.line(f.start()) + ":" + lines.column(f.start()) + " "
                + f.start() + "-" + f.end() + " " + f.rule() + " " + f.severity() + " " + f.confidence()
                + " " + result.document().original().substring(f.start(), f.end())).toList();
    }

    private static void assertSameAsWhole(String name, String text, int windowSize) {
        CheckInput input = CheckInput.of(name, text, InputFormat.of(name));
        DocumentResult whole = WHOLE.check(input);
        DocumentResult windowed = pipeline(windowSize).check(input);
        assertTrue(TextWindows.split(text, windowSize).size() > 5, "several windows");
        assertTrue(whole.findings().size() > 10, "findings to compare");
        assertEquals(described(whole), described(windowed));
        assertEquals(whole.words(), windowed.words());
        assertEquals(whole.score(), windowed.score());
        assertEquals(whole.verdict(), windowed.verdict());
    }

    @Test
    void windowsCutAtParagraphsGiveTheWholeTextsResults() {
        assertSameAsWhole("doc.txt", paragraphs(60), 400);
    }

    @Test
    void windowsCutAtSentencesWhenAParagraphIsLongerThanAWindow() {
        assertSameAsWhole("doc.txt", String.join(" ", SENTENCES).repeat(40), 300);
    }

    @Test
    void markdownIsCutTheSameWayWithItsProseMaskKept() {
        String markdown = ("# Officials fear local weather exchange\n\n- Café staff saw nuclear fingers.\n\n"
                + "```\nlocal weather exchange\n```\n\nRun `nuclear fingers` with members of the family.\n\n").repeat(30);
        assertSameAsWhole("doc.md", markdown, 350);
    }

    @Test
    void windowsCoverTheTextInOrderWithoutGapsAndAShortTextIsOneWindow() {
        String text = paragraphs(30) + "x".repeat(1000);
        List<ProseMask.Range> windows = TextWindows.split(text, 256);
        assertEquals(0, windows.get(0).start());
        assertEquals(text.length(), windows.get(windows.size() - 1).end());
        for (int i = 0; i < windows.size(); i++) {
            assertTrue(windows.get(i).end() - windows.get(i).start() <= 256);
            if (i > 0) {
                assertEquals(windows.get(i - 1).end(), windows.get(i).start());
            }
        }
        assertEquals(List.of(new ProseMask.Range(0, text.length())), TextWindows.split(text, text.length()));
    }
}
