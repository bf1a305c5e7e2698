package org.alcove.catalog.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes test files and reads them back whole. */
final class TestFiles {

    private TestFiles() {
    }

    static Path write(Path dir, String name, String content) {
        return write(dir, name, content, StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String name, String content, Charset charset) {
        return write(dir, name, content.getBytes(charset));
    }

    static Path write(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<RowResult<BookRecord>> readBooks(Path file, ImportFormat format)
            throws IOException {
        List<RowResult<BookRecord>> results = new ArrayList<>();
        try (BookCsvReader reader = BookCsvReader.open(file, format)) {
            reader.forEach(results::add);
        }
        return results;
    }

    static List<RowResult<AuthorRecord>> readAuthors(Path file) throws IOException {
        List<RowResult<AuthorRecord>> results = new ArrayList<>();
        try (AuthorCsvReader reader = AuthorCsvReader.open(file)) {
            reader.forEach(results::add);
        }
        return results;
    }

    static <T> List<T> valid(List<RowResult<T>> results) {
        return results.stream().filter(r -> r instanceof RowResult.Valid<T>)
                .map(r -> ((RowResult.Valid<T>) r).record()).toList();
    }

    /** The valid books with their details left out, to compare with the seven-column constructor. */
    static List<BookRecord> cores(List<RowResult<BookRecord>> results) {
        return valid(results).stream().map(r -> new BookRecord(r.line(), r.title(), r.authorName(), r.publicationDate(),
                r.isbn13(), r.genre(), r.pages())).toList();
    }

    static <T> List<RowError> errors(List<RowResult<T>> results) {
        return results.stream().filter(r -> r instanceof RowResult.Rejected<T>)
                .flatMap(r -> ((RowResult.Rejected<T>) r).errors().stream()).toList();
    }
}
