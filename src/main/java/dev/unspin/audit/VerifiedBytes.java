package dev.unspin.audit;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/**
 * The decompressed bytes of a gzip file up to the end of its last verified member ({@link GzipCheck});
 * when the check found a problem, reading on from there fails with it (a {@link ZipException}), so
 * no record is made from unverified data.
 */
final class VerifiedBytes extends FilterInputStream {
    private final GzipCheck.Result check;
    private long remaining;

    VerifiedBytes(InputStream gunzipped, GzipCheck.Result check) {
        super(gunzipped);
        this.check = check;
        this.remaining = check.verifiedBytes();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n == -1 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = remaining == 0 ? -1 : super.read(b, off, (int) Math.min(len, remaining));
        if (n == -1) {
            if (check.problem() != null) {
                throw new ZipException(check.problem());
            }
            return -1;
        }
        remaining -= n;
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r == -1) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
