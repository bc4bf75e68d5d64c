package org.ogplod.convert;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A workbook part as it inflates, refused once it passes {@link #MAX_PART_BYTES}. POI's own entry limit trusts the size
 * the zip declares, so a part that lies about its size was read in full; this counts the bytes actually read.
 */
final class PartBound extends FilterInputStream {
    /** The most bytes one XLSX part may inflate to. */
    static final long MAX_PART_BYTES = 256L << 20;

    private final String part;
    private final long max;
    private long read;

    PartBound(InputStream in, String part) {
        this(in, part, MAX_PART_BYTES);
    }

    PartBound(InputStream in, String part, long max) {
        super(in);
        this.part = part;
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws IOException {
        read += n;
        if (read > max) {
            throw new IOException(String.format("the %s part inflates to more than %,d bytes", part, max));
        }
    }
}
