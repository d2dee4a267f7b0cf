package dev.unspin.input;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one CSV reader: RFC 4180 quoting, line numbers, problems that do not stop reading, the record limit, UTF-8. */
class CsvReaderTest {

    private static List<CsvRecord> read(byte[] bytes, int maxRecordBytes) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new ByteArrayInputStream(bytes), maxRecordBytes)) {
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
            }
        }
        return records;
    }

    private static List<CsvRecord> read(String csv, int maxRecordBytes) throws IOException {
        return read(csv.getBytes(StandardCharsets.UTF_8), maxRecordBytes);
    }

    private static List<CsvRecord> read(String csv) throws IOException {
        return read(csv, CsvReader.MAX_RECORD_BYTES);
    }

    /** Each record as LINE: fields joined by |, or LINE! problem. */
    private static List<String> summary(List<CsvRecord> records) {
        return records.stream().map(r -> r.line() + (r.isProblem() ? "! " + r.problem() : ": " + String.join("|", r.fields()))).toList();
    }

    @Test
    void readsRfc4180QuotingWithLineNumbers() throws IOException {
        String csv = "a,b,c\r\n"
                + "\"x, y\",\"say \"\"hi\"\"\",3\r\n"
                + "\"two\nlines\",plain,\n"
                + "last,row,9";
        List<CsvRecord> records = read(csv);
        assertEquals(List.of("1: a|b|c", "2: x, y|say \"hi\"|3", "3: two\nlines|plain|", "5: last|row|9"), summary(records));
        assertEquals(List.of("two\nlines", "plain", ""), records.get(2).fields());
    }

    @Test
    void malformedRecordsAreReportedWithTheirLineAndReadingResumesOnTheNextLine() throws IOException {
        String csv = "h1,h2,h3\n"
                + "bad \"quote,x,1\n"
                + "\"closed\" trailing,x,2\n"
                + "good,row,3\n"
                + "\"never closed,x,4\n"
                + "after,the,end\n";
        assertEquals(List.of(
                "1: h1|h2|h3",
                "2! a quote inside an unquoted field at column 5",
                "3! text after a closing quote at column 9",
                "4: good|row|3",
                "5! a quote not closed before the end of the file",
                "6: after|the|end"), summary(read(csv)));
    }

    @Test
    void aProblemOnALaterLineOfTheRecordNamesThatLine() throws IOException {
        String csv = "1,\"spans\nthree\nlines\" then text,x\n"
                + "2,next,record\n";
        assertEquals(List.of(
                "1! text after a closing quote at line 3, column 7",
                "2: three",
                "3! a quote inside an unquoted field at column 6",
                "4: 2|next|record"), summary(read(csv)));
    }

    @Test
    void blankLinesAndTheByteOrderMarkAreNotRecords() throws IOException {
        assertEquals(List.of("1: a|b", "4: c|d"), summary(read("\uFEFFa,b\n\n  \t\nc,d\n")));
        assertEquals(List.of("1: a|\uFEFFb"), summary(read("a,\uFEFFb")), "a mark anywhere else is text");
        assertEquals(List.of("1: \"a\"|b"), summary(read("\uFEFF\"\"\"a\"\"\",b")), "a quote right after the mark opens a field");
        assertEquals(List.of(), read(""));
        assertEquals(List.of(), read("\uFEFF"));
    }

    @Test
    void lineBreaksAreLfOrCrlfAndReadAsLfInsideQuotes() throws IOException {
        List<CsvRecord> records = read("a,b\r\nc,\"d\r\ne\"\r\nf\rg,h\n");
        assertEquals(List.of("1: a|b", "2: c|d\ne", "4: f\rg|h"), summary(records), "a lone CR is text");
    }

    @Test
    void emptyFieldsAreKept() throws IOException {
        assertEquals(List.of(List.of("", ""), List.of("a", "", ""), List.of("", "b"), List.of("")),
                read(",\na,,\"\"\n\"\",b\n\"\"\n").stream().map(CsvRecord::fields).toList());
    }

    @Test
    void aRecordOverTheLimitIsOneProblemAndReadingGoesOn() throws IOException {
        String csv = "short,1\n"
                + "x".repeat(100) + ",2\n"
                + "next,3";
        assertEquals(List.of("1: short|1", "2! a record longer than 64 bytes", "3: next|3"), summary(read(csv, 64)));
        assertEquals(List.of("1: exactly|" + "y".repeat(56)), summary(read("exactly," + "y".repeat(56) + "\r\n", 64)),
                "64 bytes and a CRLF are within the limit");
    }

    @Test
    void aQuoteLeftOpenOverTheLimitLosesOnlyItsRecord() throws IOException {
        StringBuilder csv = new StringBuilder("id,text\n1,\"stray quote\n");
        for (int i = 2; i <= 9; i++) {
            csv.append(i).append(",text of record ").append(i).append('\n');
        }
        List<CsvRecord> records = read(csv.toString(), 64);
        assertEquals("2! a record longer than 64 bytes (a quote not closed?)", summary(records).get(1));
        assertEquals(List.of("3: 2|text of record 2", "10: 9|text of record 9"),
                List.of(summary(records).get(2), summary(records).get(records.size() - 1)),
                "every line after the record's first is read again");
        assertEquals(10, records.size());
    }

    @Test
    void aLineOverTheLimitInsideAQuotedFieldIsSkippedWhole() throws IOException {
        String csv = "1,\"open\n" + "z".repeat(100) + "\"\n2,after\n";
        assertEquals(List.of("1! a record longer than 64 bytes (a quote not closed?)", "3: 2|after"), summary(read(csv, 64)));
    }

    @Test
    void invalidUtf8FailsTheRecordItIsInAndNoOther() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("a,b\ncaf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes(",x\n3,\"multi\nli".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.writeBytes("ne\",y\nlast,ok\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(
                "1: a|b",
                "2! not valid UTF-8 (byte 0xE9 at offset 3) in line 2",
                "3! not valid UTF-8 (byte 0xFF at offset 2) in line 4",
                "5: last|ok"), summary(read(bytes.toByteArray(), 64)));
    }

    @Test
    void readsAsItGoesAndAFailingInputEndsWithItsError() throws IOException {
        byte[] start = "a,b\n\"c\nd\",e\nf,".getBytes(StandardCharsets.UTF_8);
        InputStream failing = new InputStream() {
            private int next;

            @Override
            public int read() throws IOException {
                if (next == start.length) {
                    throw new IOException("disk on fire");
                }
                return start[next++];
            }
        };
        try (CsvReader reader = new CsvReader(failing, 64)) {
            assertEquals(List.of("a", "b"), reader.next().fields());
            assertEquals(List.of("c\nd", "e"), reader.next().fields());
            assertEquals("disk on fire", assertThrows(IOException.class, reader::next).getMessage());
            assertEquals(3, reader.linesRead(), "the input failed on line 4");
        }
    }

    @Test
    void recordsAcrossTheReadBufferAndAnInputThatDeliversOneByteAtATime() throws IOException {
        String longField = "w".repeat(100_000);
        byte[] bytes = ("\uFEFFa,\"" + longField + "\nmore\"\r\nb,c\r\n").getBytes(StandardCharsets.UTF_8);
        InputStream trickle = new InputStream() {
            private int next;

            @Override
            public int read() {
                return next < bytes.length ? bytes[next++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int c = read();
                if (c < 0) {
                    return -1;
                }
                b[off] = (byte) c;
                return 1;
            }
        };
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader reader = new CsvReader(trickle, 200_000)) {
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
            }
        }
        assertEquals(List.of("1: a|" + longField + "\nmore", "3: b|c"), summary(records));
        assertEquals(summary(records), summary(read(bytes, 200_000)), "read in 64 KiB chunks, the same records");
    }

    @Test
    void theEndIsNullAndStaysNull() throws IOException {
        try (CsvReader reader = new CsvReader(new ByteArrayInputStream("a\n".getBytes(StandardCharsets.UTF_8)), 64)) {
            assertEquals(List.of("a"), reader.next().fields());
            assertNull(reader.next());
            assertNull(reader.next());
        }
        assertTrue(read("x").get(0).problem() == null);
    }
}
