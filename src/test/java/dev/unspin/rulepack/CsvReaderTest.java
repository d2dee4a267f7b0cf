package dev.unspin.rulepack;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvReaderTest {

    @Test
    void readsRfc4180QuotingWithLineNumbers() {
        String csv = "a,b,c\r\n"
                + "\"x, y\",\"say \"\"hi\"\"\",3\r\n"
                + "\"two\nlines\",plain,\n"
                + "last,row,9";
        CsvReader.Result r = CsvReader.read(csv);
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        assertEquals(4, r.rows().size());
        assertEquals(List.of("x, y", "say \"hi\"", "3"), r.rows().get(1).fields());
        assertEquals(2, r.rows().get(1).line());
        assertEquals(List.of("two\nlines", "plain", ""), r.rows().get(2).fields());
        assertEquals(3, r.rows().get(2).line());
        assertEquals(5, r.rows().get(3).line(), "a line break inside quotes counts as a line");
    }

    @Test
    void malformedRecordsAreReportedWithTheirLineAndSkipped() {
        String csv = "h1,h2,h3\n"
                + "bad \"quote,x,1\n"
                + "\"closed\" trailing,x,2\n"
                + "good,row,3\n"
                + "\"never closed,x,4\n"
                + "after,the,end\n";
        CsvReader.Result r = CsvReader.read(csv);
        assertEquals(List.of(2, 3, 5), r.problems().stream().map(CsvReader.Problem::line).toList(), r.problems().toString());
        assertEquals(List.of("h1", "good", "after"), r.rows().stream().map(row -> row.fields().get(0)).toList());
        assertEquals(List.of(1, 4, 6), r.rows().stream().map(CsvReader.Row::line).toList());
    }

    @Test
    void blankLinesAndByteOrderMarkAreIgnored() {
        CsvReader.Result r = CsvReader.read("\uFEFFa,b\n\nc,d\n");
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d")), r.rows().stream().map(CsvReader.Row::fields).toList());
    }
}
