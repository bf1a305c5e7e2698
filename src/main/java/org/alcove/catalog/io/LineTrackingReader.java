package org.alcove.catalog.io;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Remembers where physical lines break so that a character position can be turned into the line
 * number a spreadsheet user would count (CRLF, LF and a lone CR each end one line). Positions must
 * be asked for in increasing order; breaks before the last position asked for are forgotten, so
 * memory stays bounded by the parser's read-ahead.
 */
final class LineTrackingReader extends Reader {

    private final Reader in;
    /** Positions of line breaks read but not yet passed by {@link #lineAt}, from {@code head} to {@code tail}. */
    private long[] pendingBreaks = new long[256];
    private int head;
    private int tail;
    private long position;
    private long breaksBefore;
    private boolean previousWasCr;
    private char last;

    LineTrackingReader(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        int n = in.read(cbuf, off, len);
        for (int i = 0; i < n; i++) {
            char c = cbuf[off + i];
            if (c == '\r' || c == '\n' && !previousWasCr) {
                addBreak(position);
            }
            previousWasCr = c == '\r';
            position++;
        }
        if (n > 0) {
            last = cbuf[off + n - 1];
        }
        return n;
    }

    /**
     * The 1-based line that the character at the position is on.
     *
     * @param characterPosition a position already read, not less than any asked for before
     * @return the line number
     */
    long lineAt(long characterPosition) {
        while (head < tail && pendingBreaks[head] < characterPosition) {
            head++;
            breaksBefore++;
        }
        return breaksBefore + 1;
    }

    /** Whether the characters read so far end with a line break (false when none were read). */
    boolean endsWithLineBreak() {
        return last == '\n' || last == '\r';
    }

    private void addBreak(long at) {
        if (tail == pendingBreaks.length) {
            int live = tail - head;
            if (live * 2 > pendingBreaks.length) {
                pendingBreaks = Arrays.copyOf(pendingBreaks, pendingBreaks.length * 2);
            }
            System.arraycopy(pendingBreaks, head, pendingBreaks, 0, live);
            head = 0;
            tail = live;
        }
        pendingBreaks[tail++] = at;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
