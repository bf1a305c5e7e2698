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
