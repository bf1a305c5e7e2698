package org.alcove.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.alcove.catalog.io.AuthorCsvReader;
import org.alcove.catalog.io.AuthorRecord;
import org.alcove.catalog.io.CsvSource;
import org.alcove.catalog.io.RowResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The import's reading thread: order, bounded hand-over, failures, stopping. */
class ReadAheadTest {

    @TempDir
    Path dir;

    private Path authors(int rows) throws IOException {
        StringBuilder b = new StringBuilder("name,birth_date,biography\n");
        for (int i = 0; i < rows; i++) {
            b.append("Author ").append(i).append(",1900-01-01,").append(i % 7 == 0 ? "\"two\nlines\"" : "bio").append('\n');
        }
        return Files.writeString(dir.resolve("authors.csv"), b);
    }

    private static List<RowResult<AuthorRecord>> drain(ReadAhead<AuthorRecord, AuthorRecord> ahead, List<Long> bytes) throws IOException {
        List<RowResult<AuthorRecord>> all = new ArrayList<>();
        for (Optional<ReadAhead.Chunk<AuthorRecord>> c = ahead.next(); c.isPresent(); c = ahead.next()) {
            all.addAll(c.get().rows());
            bytes.add(c.get().bytesRead());
        }
        return all;
    }

    private static boolean readerThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("alcove-import-reader") && t.isAlive());
    }

    @Test
    void rowsArriveInFileOrderAcrossManyChunks() throws IOException {
        int rows = ReadAhead.CHUNK_ROWS * (ReadAhead.CHUNKS_AHEAD + 3) + 17;
        Path file = authors(rows);
        List<Long> bytes = new ArrayList<>();
        List<RowResult<AuthorRecord>> all;
        try (AuthorCsvReader reader = AuthorCsvReader.open(file); ReadAhead<AuthorRecord, AuthorRecord> ahead = new ReadAhead<>(reader, r -> r)) {
            all = drain(ahead, bytes);
        }
        assertThat(all).hasSize(rows);
        for (int i = 0; i < rows; i++) {
            AuthorRecord r = ((RowResult.Valid<AuthorRecord>) all.get(i)).record();
            assertThat(r.name()).isEqualTo("Author " + i);
        }
        // line numbers count the quoted line breaks: rows 0 and 7 take two lines each
        assertThat(all.get(8).line()).isEqualTo(2 + 8 + 2);
        assertThat(bytes).isSorted();
        assertThat(bytes.get(bytes.size() - 1)).isEqualTo(Files.size(file));
    }

    @Test
    void validRecordsArePreparedOnTheReadingThreadAndRejectedRowsPassThrough() throws IOException {
        Path file = Files.writeString(dir.resolve("mixed.csv"), "name,birth_date,biography\nAda,1815-12-10,\n,1900-01-01,\nBo,,\n");
        List<RowResult<String>> all = new ArrayList<>();
        try (AuthorCsvReader reader = AuthorCsvReader.open(file);
                ReadAhead<AuthorRecord, String> ahead = new ReadAhead<>(reader, r -> r.name() + "@" + Thread.currentThread().getName())) {
            for (Optional<ReadAhead.Chunk<String>> c = ahead.next(); c.isPresent(); c = ahead.next()) {
                all.addAll(c.get().rows());
            }
        }
        assertThat(all).hasSize(3);
        assertThat(((RowResult.Valid<String>) all.get(0)).record()).isEqualTo("Ada@alcove-import-reader");
        assertThat(all.get(1)).isInstanceOf(RowResult.Rejected.class);
        assertThat(((RowResult.Rejected<String>) all.get(1)).errors()).singleElement()
                .satisfies(e -> assertThat(e.line()).isEqualTo(3));
        assertThat(((RowResult.Valid<String>) all.get(2)).record()).isEqualTo("Bo@alcove-import-reader");
    }

    @Test
    @Timeout(10) // a reading thread that ignored close() would hang here, not fail an assertion
    void closingBeforeTheEndStopsTheReadingThread() throws IOException {
        Path file = authors(ReadAhead.CHUNK_ROWS * (ReadAhead.CHUNKS_AHEAD + 10));
        try (AuthorCsvReader reader = AuthorCsvReader.open(file)) {
            try (ReadAhead<AuthorRecord, AuthorRecord> ahead = new ReadAhead<>(reader, r -> r)) {
                assertThat(ahead.next()).isPresent();
                assertThat(readerThreadAlive()).isTrue(); // blocked: the queue is full
            }
            assertThat(readerThreadAlive()).isFalse();
        }
    }

    @Test
    void aReadFailureSurfacesAfterTheRowsReadBeforeIt() throws IOException {
        StringBuilder b = new StringBuilder("name,birth_date,biography\n");
        for (int i = 0; i < 3 * ReadAhead.CHUNK_ROWS; i++) {
            b.append("Author ").append(i).append(",,").append("b".repeat(250)).append('\n');
        }
        byte[] content = b.toString().getBytes(StandardCharsets.UTF_8);
        int failAt = content.length - 100; // well past the 128 KiB the source reads on opening
        InputStream failing = new FilterInputStream(new ByteArrayInputStream(content)) {
            private int read;

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                if (read >= failAt) {
                    throw new IOException("device went away");
                }
                int n = super.read(buf, off, Math.min(len, Math.max(1, failAt - read)));
                read += Math.max(n, 0);
                return n;
            }
        };
        List<RowResult<AuthorRecord>> seen = new ArrayList<>();
        try (AuthorCsvReader reader = AuthorCsvReader.open(CsvSource.open(failing, "authors.csv", content.length));
                ReadAhead<AuthorRecord, AuthorRecord> ahead = new ReadAhead<>(reader, r -> r)) {
            assertThatThrownBy(() -> {
                for (Optional<ReadAhead.Chunk<AuthorRecord>> c = ahead.next(); c.isPresent(); c = ahead.next()) {
                    seen.addAll(c.get().rows());
                }
            }).hasMessageContaining("device went away");
        }
        assertThat(seen).hasSizeGreaterThanOrEqualTo(ReadAhead.CHUNK_ROWS).hasSizeLessThan(3 * ReadAhead.CHUNK_ROWS);
        assertThat(readerThreadAlive()).isFalse();
    }
}
