package org.alcove.catalog.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.function.LongConsumer;

/**
 * Decodes UTF-8, reading each byte of a malformed sequence as Windows-1252 instead, and each C1
 * control character (U+0080 to U+009F, which text never means but Windows-1252 bytes read as
 * Latin-1 become) as the Windows-1252 character of that byte. So the encoding is decided per byte
 * sequence, never for the whole file: a UTF-8 file with one stray Latin-1 byte keeps its accents,
 * and a Latin-1 or Windows-1252 file reads correctly too, since such text almost never forms valid
 * multi-byte UTF-8 sequences. Where each re-decoded character stands is kept for
 * {@link #takeRedecodedBefore}, so the user can be told which lines were re-decoded.
 */
final class LenientUtf8Reader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private final CharBuffer chars = CharBuffer.allocate(8192).flip();
    private boolean endOfInput;
    private boolean flushed;
    /** Characters handed out before the current buffer's first. */
    private long decodedBefore;
    /** Positions of re-decoded characters not yet taken, in increasing order. */
    private final ArrayDeque<Long> redecoded = new ArrayDeque<>();
    private static final char[] CP1252 = cp1252();

    LenientUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, chars.remaining());
        chars.get(cbuf, off, n);
        return n;
    }

    /**
     * Takes the positions, counted in characters read, of the re-decoded characters before
     * {@code position}.
     *
     * @param position a character position
     * @param into where the positions are added, in increasing order
     */
    void takeRedecodedBefore(long position, LongConsumer into) {
        while (!redecoded.isEmpty() && redecoded.peekFirst() < position) {
            into.accept(redecoded.pollFirst());
        }
    }

    /** Decodes at least one more character; false at the end of the input. */
    private boolean fill() throws IOException {
        decodedBefore += chars.limit();
        chars.clear();
        try {
            while (chars.position() == 0) {
                if (flushed) {
                    return false;
                }
                if (!endOfInput && bytes.remaining() < 8) {
                    readMoreBytes();
                }
                CoderResult result = decoder.decode(bytes, chars, endOfInput);
                if (result.isError() && chars.remaining() >= result.length()) {
                    for (int i = 0; i < result.length(); i++) {
                        redecoded.add(decodedBefore + chars.position());
                        chars.put(CP1252[bytes.get() & 0xFF]);
                    }
                } else if (result.isUnderflow() && endOfInput && !bytes.hasRemaining()) {
                    decoder.flush(chars);
                    flushed = true;
                }
            }
            return true;
        } finally {
            chars.flip();
            replaceControls();
        }
    }

    /** C1 controls decoded from valid UTF-8 become their Windows-1252 characters. */
    private void replaceControls() {
        char[] a = chars.array();
        for (int i = 0; i < chars.limit(); i++) {
            char c = a[i];
            if (c >= 0x80 && c <= 0x9F && CP1252[c] != c) {
                long at = decodedBefore + i;
                if (redecoded.isEmpty() || redecoded.peekLast() != at) {
                    redecoded.add(at);
                }
                a[i] = CP1252[c];
            }
        }
    }

    /** Byte to character as Windows-1252 reads it; its five undefined bytes read as Latin-1. */
    private static char[] cp1252() {
        char[] table = new char[256];
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        String decoded = new String(all, Charset.forName("windows-1252"));
        for (int i = 0; i < 256; i++) {
            char c = decoded.charAt(i);
            table[i] = c == '\uFFFD' ? (char) i : c;
        }
        return table;
    }

    private void readMoreBytes() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
