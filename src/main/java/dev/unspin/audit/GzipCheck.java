package dev.unspin.audit;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Verifies a gzip file member by member (RFC 1952: header, deflate data, CRC-32 and length
 * trailer) before any of its records is read: how many uncompressed bytes belong to members that
 * pass their checks, and what is wrong with the first one that does not (corrupt deflate data, a
 * CRC or length mismatch, a truncated member, bytes after a member that are not another member).
 * Records are then read from the verified bytes only, so corrupted data never yields records.
 * Costs one extra decompression of the file, in bounded memory.
 */
final class GzipCheck {
    private static final int FTEXT_MASK = 0xE0;
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    /** The verified uncompressed length, and the problem after it (null: the whole file is sound). */
    record Result(long verifiedBytes, String problem) {
    }

    private GzipCheck() {
    }

    static Result of(Path file) throws IOException {
        try (PushbackInputStream in = new PushbackInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), 1 << 16)) {
            return of(in);
        }
    }

    static Result of(PushbackInputStream in) throws IOException {
        long verified = 0;
        int member = 0;
        byte[] input = new byte[1 << 16];
        byte[] output = new byte[1 << 16];
        while (true) {
            int first = in.read();
            if (first == -1) {
                return new Result(verified, member == 0 ? "empty gzip file" : null);
            }
            member++;
            int second = in.read();
            if (first != 0x1f || second != 0x8b) {
                return new Result(verified, member == 1 ? "not gzip data"
                        : "bytes after gzip member " + (member - 1) + " are not a gzip member (corrupt data)");
            }
            Inflater inflater = new Inflater(true);
            try {
                if (!header(in)) {
                    return new Result(verified, "gzip member " + member + " has a corrupt header");
                }
                CRC32 crc = new CRC32();
                long size = 0;
                int lastRead = 0;
                while (!inflater.finished()) {
                    if (inflater.needsInput()) {
                        int n = in.read(input);
                        if (n == -1) {
                            return new Result(verified, "gzip member " + member + " is truncated");
                        }
                        inflater.setInput(input, 0, n);
                        lastRead = n;
                    }
                    int n = inflater.inflate(output);
                    crc.update(output, 0, n);
                    size += n;
                    if (n == 0 && inflater.needsDictionary()) {
                        return new Result(verified, "gzip member " + member + " has corrupt deflate data");
                    }
                }
                int remaining = inflater.getRemaining();
                if (remaining > 0) {
                    in.unread(input, lastRead - remaining, remaining);
                }
                long storedCrc = readIntLe(in);
                long storedSize = readIntLe(in);
                if (storedCrc != crc.getValue() || storedSize != (size & 0xFFFFFFFFL)) {
                    return new Result(verified, "gzip member " + member + " fails its CRC/length check (corrupt data)");
                }
                verified += size;
            } catch (DataFormatException e) {
                return new Result(verified, "gzip member " + member + " has corrupt deflate data (" + e.getMessage() + ")");
            } catch (EOFException e) {
                return new Result(verified, "gzip member " + member + " is truncated");
            } finally {
                inflater.end();
            }
        }
    }

    /** Reads the rest of a member header after the magic number; false when it is not a deflate member. */
    private static boolean header(InputStream in) throws IOException {
        int method = readByte(in);
        int flags = readByte(in);
        if (method != 8 || (flags & FTEXT_MASK) != 0) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            readByte(in); // mtime, extra flags, OS
        }
        if ((flags & FEXTRA) != 0) {
            int length = readByte(in) | readByte(in) << 8;
            for (int i = 0; i < length; i++) {
                readByte(in);
            }
        }
        if ((flags & FNAME) != 0) {
            while (readByte(in) != 0) {
                // the original file name
            }
        }
        if ((flags & FCOMMENT) != 0) {
            while (readByte(in) != 0) {
                // the comment
            }
        }
        if ((flags & FHCRC) != 0) {
            readByte(in);
            readByte(in);
        }
        return true;
    }

    private static int readByte(InputStream in) throws IOException {
        int b = in.read();
        if (b == -1) {
            throw new EOFException();
        }
        return b;
    }

    private static long readIntLe(InputStream in) throws IOException {
        return (readByte(in) | readByte(in) << 8 | readByte(in) << 16 | (long) readByte(in) << 24) & 0xFFFFFFFFL;
    }
}
