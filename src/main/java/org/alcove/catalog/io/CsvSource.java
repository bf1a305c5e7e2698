package org.alcove.catalog.io;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the records of a CSV or TSV file through Apache Commons CSV, working out what a user's
 * file is without asking them.
 *
 * <ul>
 *   <li><b>Encoding.</b> A UTF-8 byte order mark is skipped. The file is read as UTF-8 except
 *       that each malformed byte sequence is read byte by byte as Windows-1252, and C1 control
 *       characters as the Windows-1252 characters of their bytes ({@link LenientUtf8Reader}): the
 *       encoding is decided per byte sequence, never for the whole file, so one stray Latin-1 byte
 *       in a UTF-8 file leaves every other accent intact, and Latin-1 and Windows-1252 files read
 *       correctly too. Each row carries the lines where characters were re-decoded so (see
 *       {@link SourceRow#redecodedLines()}).</li>
 *   <li><b>Delimiter.</b> Whichever of comma, tab and semicolon occurs most often in the header
 *       line (outside quotes); comma when none does. Semicolon-separated files, as spreadsheets
 *       write them in many European locales, are parsed, not refused.</li>
 *   <li><b>Lines.</b> CRLF, LF and CR all end a line; a value may hold quoted newlines. Each row
 *       carries the physical line it starts on, the header being line 1. Rows whose values are
 *       all blank are skipped as blank lines. The last row says whether the file ends without a
 *       line break after it ({@link SourceRow#unterminated()}), the sign of a file cut short.</li>
 *   <li><b>Malformed quoting</b> (text after a closing quote, an unclosed quote at the end of
 *       the file) is read leniently rather than failing the whole import.</li>
 * </ul>
 *
 * <pre>{@code
 * try (CsvSource source = CsvSource.open(path)) {
 *     List<String> header = source.header();
 *     for (Optional<SourceRow> row = source.next(); row.isPresent(); row = source.next()) { ... }
 * }
 * }</pre>
 */
public final class CsvSource implements Closeable {

    private static final int PREFIX_BYTES = 64 * 1024;
    private static final int PEEK_CHARS = 64 * 1024;

    private final String name;
    private final long totalBytes;
    private final CountingInputStream counter;
    private final Charset charset;
    private final char delimiter;
    private final LineTrackingReader lines;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final LenientUtf8Reader decoder;
    private final List<String> header;
    /** The record read ahead of the one {@link #next} returns, with its line; null at the end. */
    private CSVRecord ahead;
    private long aheadLine;
    private boolean primed;

    private CsvSource(String name, InputStream raw, long totalBytes) throws IOException {
        this.name = name;
        this.totalBytes = totalBytes;
        this.counter = new CountingInputStream(raw);
        byte[] prefix = counter.readNBytes(PREFIX_BYTES);
        int start = hasUtf8Bom(prefix) ? 3 : 0;
        boolean utf8 = isUtf8(prefix, start, prefix.length < PREFIX_BYTES);
        this.charset = utf8 ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        InputStream bytes = new SequenceInputStream(
                new ByteArrayInputStream(prefix, start, prefix.length - start), counter);
        this.decoder = new LenientUtf8Reader(bytes);
        BufferedReader buffered = new BufferedReader(decoder, PEEK_CHARS);
        this.delimiter = detectDelimiter(buffered);
        this.lines = new LineTrackingReader(buffered);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setLenientEof(true)
                .setTrailingData(true)
                .get();
        this.parser = CSVParser.builder().setReader(lines).setFormat(format).get();
        this.records = parser.iterator();
        this.header = readHeader();
    }

    /**
     * Opens a file.
     *
     * @param file the file
     * @return the source, positioned after the header
     * @throws ImportFileException if the file has no header line
     * @throws IOException if the file cannot be read
     */
    public static CsvSource open(Path file) throws IOException {
        long size = Files.size(file);
        InputStream in = Files.newInputStream(file);
        try {
            return new CsvSource(file.getFileName().toString(), in, size);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Opens a stream; the source closes it.
     *
     * @param in the bytes of the file
     * @param name the file's name as the user knows it, for messages
     * @param totalBytes the stream's length for progress, or -1 when unknown
     * @return the source, positioned after the header
     * @throws ImportFileException if the stream has no header line
     * @throws IOException if the stream cannot be read
     */
    public static CsvSource open(InputStream in, String name, long totalBytes) throws IOException {
        return new CsvSource(name, in, totalBytes);
    }

    /**
     * The file's name as given when opening, for messages.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * What the first 64 KiB look like, for the import dialog to show: UTF-8 when they are valid
     * UTF-8, windows-1252 when not. Decoding does not depend on it: it is decided per byte sequence.
     *
     * @return the charset
     */
    public Charset charset() {
        return charset;
    }

    /**
     * The delimiter detected from the header line.
     *
     * @return comma, tab or semicolon
     */
    public char delimiter() {
        return delimiter;
    }

    /**
     * The header's column names, stripped of surrounding spaces, in file order.
     *
     * @return the names
     */
    public List<String> header() {
        return header;
    }

    /**
     * Reads the next data record, skipping blank lines.
     *
     * @return the record, or empty at the end of the file
     * @throws ImportFileException if the CSV structure cannot be read at all
     * @throws IOException if the file cannot be read
     */
    public Optional<SourceRow> next() throws IOException {
        if (!primed) {
            primed = true;
            readAhead(null);
        }
        CSVRecord current = ahead;
        if (current == null) {
            return Optional.empty();
        }
        long line = aheadLine;
        List<Long> redecoded = readAhead(current);
        boolean unterminated = ahead == null && !lines.endsWithLineBreak();
        return Optional.of(new SourceRow(line, Arrays.asList(current.values()), // the record's own array
                redecoded, unterminated));
    }

    /**
     * Reads the next record that is not blank into {@link #ahead}, first taking the lines of the
     * re-decoded characters before it, which belong to {@code current}: positions must reach
     * {@link LineTrackingReader#lineAt} in increasing order.
     */
    private List<Long> readAhead(CSVRecord current) throws IOException {
        List<Long> redecoded = List.of();
        while (true) {
            CSVRecord record = nextRecord();
            long end = record == null ? Long.MAX_VALUE : record.getCharacterPosition();
            if (current != null) {
                redecoded = redecodedLinesBefore(end, redecoded);
            }
            if (record == null) {
                ahead = null;
                return redecoded;
            }
            if (!allBlank(Arrays.asList(record.values()))) {
                ahead = record;
                aheadLine = lines.lineAt(end);
                return redecoded;
            }
        }
    }

    private List<Long> redecodedLinesBefore(long end, List<Long> sofar) {
        List<Long> found = new ArrayList<>(sofar);
        decoder.takeRedecodedBefore(end, at -> {
            long line = lines.lineAt(at);
            if (found.isEmpty() || found.get(found.size() - 1) != line) {
                found.add(line);
            }
        });
        return found.isEmpty() ? List.of() : found;
    }

    /**
     * Bytes read from the file so far, including the parser's read-ahead; for progress.
     *
     * @return the count
     */
    public long bytesRead() {
        return counter.count();
    }

    /**
     * The file's size in bytes, or -1 when opened from a stream of unknown length.
     *
     * @return the size
     */
    public long totalBytes() {
        return totalBytes;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private List<String> readHeader() throws IOException {
        try {
            Optional<SourceRow> first = next();
            if (first.isEmpty()) {
                throw new ImportFileException(name + " is empty; expected a header line naming "
                        + "the columns");
            }
            return first.get().values().stream().map(String::strip).toList();
        } catch (IOException | RuntimeException e) {
            parser.close();
            throw e;
        }
    }

    private CSVRecord nextRecord() throws IOException {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            throw new ImportFileException(name + ": the CSV cannot be read after line "
                    + parser.getCurrentLineNumber() + ": " + e.getCause().getMessage(), e);
        }
    }

    private static boolean allBlank(List<String> values) {
        for (String v : values) { // a plain loop: this runs for every row, from the first
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasUtf8Bom(byte[] prefix) {
        return prefix.length >= 3 && (prefix[0] & 0xFF) == 0xEF && (prefix[1] & 0xFF) == 0xBB
                && (prefix[2] & 0xFF) == 0xBF;
    }

    private static boolean isUtf8(byte[] prefix, int start, boolean wholeFile) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(prefix, start, prefix.length - start);
        CharBuffer out = CharBuffer.allocate(prefix.length);
        // A prefix cut inside a multi-byte sequence is not an error unless it is the whole file.
        return !strict.decode(in, out, wholeFile).isError();
    }

    private static char detectDelimiter(BufferedReader reader) throws IOException {
        reader.mark(PEEK_CHARS);
        char[] buffer = new char[PEEK_CHARS];
        int n = 0;
        for (int r = 0; r >= 0 && n < PEEK_CHARS; r = reader.read(buffer, n, PEEK_CHARS - n)) {
            n += r;
        }
        reader.reset();
        int commas = 0;
        int tabs = 0;
        int semicolons = 0;
        boolean quoted = false;
        boolean content = false;
        for (int i = 0; i < n; i++) {
            char c = buffer[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r') && content) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                content |= !Character.isWhitespace(c);
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
