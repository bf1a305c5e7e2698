package org.alcove.catalog.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import org.apache.commons.csv.CSVFormat;

class CsvReaderProperties {

    private static final List<String> HEADER =
            List.of("title", "author", "publication_date", "isbn", "genre", "pages");
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    @Property(tries = 200)
    void everyWrittenRecordComesOutExactlyOnceOnItsLine(
            @ForAll("rows") @Size(max = 30) List<List<String>> rows) throws IOException {
        StringWriter out = new StringWriter();
        List<Long> expectedLines = new ArrayList<>();
        long line = 2;
        CSVFormat.DEFAULT.printRecord(out, HEADER.toArray());
        for (List<String> row : rows) {
            CSVFormat.DEFAULT.printRecord(out, row.toArray());
            if (!row.stream().allMatch(String::isBlank)) {
                expectedLines.add(line);
            }
            line += 1 + row.stream().mapToLong(CsvReaderProperties::lineBreaks).sum();
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        List<Long> lines = new ArrayList<>();
        try (BookCsvReader reader = BookCsvReader.open(
                CsvSource.open(new ByteArrayInputStream(bytes), "random.csv", bytes.length),
                ImportFormat.BOOKS)) {
            reader.forEach(result -> lines.add(result.line()));
        }
        assertThat(lines).isEqualTo(expectedLines);
    }

    @Property(tries = 300)
    void randomBytesNeverThrowAnythingButAFileProblem(@ForAll @Size(max = 400) byte[] noise,
            @ForAll("headers") String header) {
        byte[] headerBytes = header.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[headerBytes.length + noise.length];
        System.arraycopy(headerBytes, 0, bytes, 0, headerBytes.length);
        System.arraycopy(noise, 0, bytes, headerBytes.length, noise.length);
        List<Long> lines = new ArrayList<>();
        try (BookCsvReader reader = BookCsvReader.open(
                CsvSource.open(new ByteArrayInputStream(bytes), "noise.csv", bytes.length),
                ImportFormat.BOOKS)) {
            reader.forEach(result -> lines.add(result.line()));
        } catch (ImportFileException expected) {
            return;
        } catch (IOException e) {
            throw new AssertionError("unexpected I/O failure on in-memory bytes", e);
        }
        assertThat(lines).isSorted().doesNotHaveDuplicates().allMatch(l -> l >= 2);
    }

    /**
     * Rows of plain cells with bytes that are not UTF-8 (a lone continuation byte, a cut sequence,
     * an overlong form, an encoded surrogate, NUL) and a field of a megabyte put in: every row
     * still comes out once, on its line.
     */
    @Property(tries = 30)
    void invalidUtf8NulBytesAndMegabyteFieldsLoseNoRow(@ForAll("plainRows") @Size(min = 1, max = 12) List<List<String>> rows,
            @ForAll("badBytes") List<byte[]> bad, @ForAll boolean megabyte) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.write(String.join(",", HEADER).concat("\n").getBytes(StandardCharsets.UTF_8));
        int b = 0;
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                bytes.write(row.get(c).getBytes(StandardCharsets.UTF_8));
                if (b < bad.size()) {
                    bytes.write(bad.get(b++));
                }
                if (megabyte && c == 0 && row == rows.get(0)) {
                    bytes.write("m".repeat(1 << 20).getBytes(StandardCharsets.UTF_8));
                }
                bytes.write(c == row.size() - 1 ? '\n' : ',');
            }
        }
        byte[] all = bytes.toByteArray();
        List<Long> lines = new ArrayList<>();
        try (BookCsvReader reader = BookCsvReader.open(CsvSource.open(new ByteArrayInputStream(all), "bad.csv", all.length), ImportFormat.BOOKS)) {
            reader.forEach(result -> lines.add(result.line()));
        }
        assertThat(lines).containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(2, rows.size() + 1).boxed().toList());
    }

    @Provide
    Arbitrary<List<List<String>>> plainRows() {
        // Never a wholly blank row: the readers skip those, as a spreadsheet's empty lines.
        return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', 'é').ofMaxLength(8).map(s -> "k" + s).list().ofSize(HEADER.size()).list();
    }

    @Provide
    Arbitrary<List<byte[]>> badBytes() {
        return Arbitraries.of(new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {0}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}).list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<List<String>>> rows() {
        return cell().list().ofSize(HEADER.size()).list();
    }

    @Provide
    Arbitrary<String> headers() {
        return Arbitraries.of("", "title,author,publication_date,isbn,genre,pages\n",
                "title;isbn;author;publication_date\r\n", "title\tauthor\tpublication_date\tisbn\n",
                "\"title\",\"author\"\n");
    }

    private static Arbitrary<String> cell() {
        Arbitrary<String> text = Arbitraries.strings()
                .withCharRange('a', 'z').withCharRange('À', 'ÿ').withCharRange('α', 'ω')
                .withChars(',', ';', '"', '\'', '\r', '\n', '\t', ' ', '=', '-', '+', '@', '中', '\u00a0')
                .ofMaxLength(12);
        Arbitrary<String> numbers = Arbitraries.longs().between(-1_000_000_000_000L,
                10_000_000_000_000L).map(String::valueOf);
        Arbitrary<String> isbns = Arbitraries.of("9780441013593", "0441013597", "9780141439519",
                "=\"0441013597\"", "[0441013597]", "978-0-14-143951-8");
        Arbitrary<String> dates = Arbitraries.of("2023-02-30", "1965", "2001/09/30", "[1951]", "");
        return Arbitraries.oneOf(text, numbers, isbns, dates);
    }

    private static long lineBreaks(String value) {
        Matcher m = LINE_BREAK.matcher(value);
        long count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }
}
