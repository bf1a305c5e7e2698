package org.alcove.catalog.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8, reading each byte of a malformed sequence as ISO-8859-1 instead. A file whose
 * first 64 KiB are valid UTF-8 but which holds Latin-1 accents further on (an ASCII-only prefix)
 * thus still reads correctly: Latin-1 text almost never forms valid multi-byte UTF-8 sequences.
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

    /** Decodes at least one more character; false at the end of the input. */
    private boolean fill() throws IOException {
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
                        chars.put((char) (bytes.get() & 0xFF));
                    }
                } else if (result.isUnderflow() && endOfInput && !bytes.hasRemaining()) {
                    decoder.flush(chars);
                    flushed = true;
                }
            }
            return true;
        } finally {
            chars.flip();
        }
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
