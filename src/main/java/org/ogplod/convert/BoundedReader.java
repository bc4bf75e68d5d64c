package org.ogplod.convert;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts the characters read since the last {@link #startRecord()} and fails once a record grows past the cap, so
 * that a file with an enormous cell or an unterminated quote cannot fill the memory.
 */
final class BoundedReader extends FilterReader {
    /** The most characters one CSV record may have. */
    static final int MAX_RECORD_CHARS = 1 << 20;

    private long sinceRecord;

    BoundedReader(Reader in) {
        super(in);
    }

    void startRecord() {
        sinceRecord = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count(1);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            count(read);
        }
        return read;
    }

    private void count(int read) throws IOException {
        sinceRecord += read;
        if (sinceRecord > MAX_RECORD_CHARS + (1 << 16)) {
            throw new RecordTooLarge();
        }
    }

    /** A record longer than {@link #MAX_RECORD_CHARS}. */
    static final class RecordTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        RecordTooLarge() {
            super("a row is longer than " + MAX_RECORD_CHARS + " characters (an enormous cell, or a quote that is "
                    + "never closed)");
        }
    }
}
