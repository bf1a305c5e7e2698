package org.alcove.catalog.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSourceTest {

    @TempDir
    Path dir;

    private static List<SourceRow> rows(CsvSource source) throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        for (Optional<SourceRow> row = source.next(); row.isPresent(); row = source.next()) {
            rows.add(row.get());
        }
        return rows;
    }

    @Test
    void utf8ByteOrderMarkIsStrippedAndAccentsKept() throws IOException {
        byte[] text = "name,biography\r\nÉmile Zola,Naturaliste\r\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(text);
        try (CsvSource source = CsvSource.open(TestFiles.write(dir, "bom.csv", bytes.toByteArray()))) {
            assertThat(source.header()).containsExactly("name", "biography");
            assertThat(rows(source)).containsExactly(
                    new SourceRow(2, List.of("Émile Zola", "Naturaliste")));
            assertThat(source.charset()).isEqualTo(StandardCharsets.UTF_8);
        }
    }

    @Test
    void latin1FileIsDetectedAndAccentsKept() throws IOException {
        Path file = TestFiles.write(dir, "latin1.csv", "name\nHonoré de Balzac\n",
                StandardCharsets.ISO_8859_1);
        try (CsvSource source = CsvSource.open(file)) {
            assertThat(rows(source)).extracting(r -> r.values().get(0))
                    .containsExactly("Honoré de Balzac");
            assertThat(source.charset()).isEqualTo(java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    @Test
    void latin1AccentsAfterTheFirst64KibAreStillRead() throws IOException {
        StringBuilder text = new StringBuilder("name\n");
        while (text.length() < 70_000) {
            text.append("Plain Ascii Author\n");
        }
        text.append("Honoré de Balzac\n");
        Path file = TestFiles.write(dir, "late.csv", text.toString(), StandardCharsets.ISO_8859_1);
        try (CsvSource source = CsvSource.open(file)) {
            List<SourceRow> rows = rows(source);
            assertThat(rows.get(rows.size() - 1).values()).containsExactly("Honoré de Balzac");
        }
    }

    @Test
    void crlfLineEndsAreNotPartOfValues() throws IOException {
        Path file = TestFiles.write(dir, "crlf.csv", "a,b\r\n1,2\r\n3,4\r\n");
        try (CsvSource source = CsvSource.open(file)) {
            assertThat(rows(source)).containsExactly(new SourceRow(2, List.of("1", "2")),
                    new SourceRow(3, List.of("3", "4")));
        }
    }

    @Test
    void quotedNewlineMovesLaterRowsDownAPhysicalLine() throws IOException {
        Path file = TestFiles.write(dir, "multi.csv",
                "a,b\r\n\"two\r\nlines\",x\r\nnext,y\n\"three\nphysical\nlines\",z\nlast,w\n");
        try (CsvSource source = CsvSource.open(file)) {
            assertThat(rows(source)).extracting(SourceRow::line).containsExactly(2L, 4L, 5L, 8L);
        }
    }

    @Test
    void blankLinesAreSkippedButCounted() throws IOException {
        Path file = TestFiles.write(dir, "blank.csv", "a,b\n\n1,2\n,\n3,4\n");
        try (CsvSource source = CsvSource.open(file)) {
            assertThat(rows(source)).extracting(SourceRow::line).containsExactly(3L, 5L);
        }
    }

    @Test
    void tabDelimiterIsDetected() throws IOException {
        Path file = TestFiles.write(dir, "lt.tsv", "TITLE\tAUTHOR\nDune, Messiah\tHerbert\n");
        try (CsvSource source = CsvSource.open(file)) {
            assertThat(source.delimiter()).isEqualTo('\t');
            assertThat(rows(source).get(0).values()).containsExactly("Dune, Messiah", "Herbert");
        }
    }

    @Test
    void semicolonDelimitedFileIsParsed() throws IOException {
        Path file = TestFiles.write(dir, "excel.csv", "title;author\n\"Dune; or\";Herbert\n");
        try (CsvSource source = CsvSource.open(file)) {
            assertThat(source.delimiter()).isEqualTo(';');
            assertThat(rows(source).get(0).values()).containsExactly("Dune; or", "Herbert");
        }
    }

    @Test
    void bytesReadReachesTheFileSize() throws IOException {
        Path file = TestFiles.write(dir, "size.csv", "a,b\n1,2\n");
        try (CsvSource source = CsvSource.open(file)) {
            rows(source);
            assertThat(source.bytesRead()).isEqualTo(source.totalBytes()).isEqualTo(8);
        }
    }

    @Test
    void emptyFileIsRefusedNamingIt() {
        Path file = TestFiles.write(dir, "empty.csv", "\n\n");
        assertThatThrownBy(() -> CsvSource.open(file)).isInstanceOf(ImportFileException.class)
                .hasMessage("empty.csv is empty; expected a header line naming the columns");
    }

    @Test
    void rowRendersBackAsCsvForTheReport() {
        assertThat(new SourceRow(2, List.of("a,b", "say \"hi\"", "x")).toCsv())
                .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",x");
    }
}
