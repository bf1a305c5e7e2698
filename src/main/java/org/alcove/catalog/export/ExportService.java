package org.alcove.catalog.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.alcove.catalog.Author;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Genre;
import org.alcove.catalog.io.AuthorRecord;
import org.alcove.catalog.io.BookRecord;
import org.alcove.catalog.io.CsvAuthorWriter;
import org.alcove.catalog.io.CsvBookWriter;
import org.alcove.orm.Q;

/**
 * Exports books and authors as Alcove's own CSV, which imports back into the same catalogue,
 * streaming from the database so memory stays bounded. A file is written beside the target and
 * moved into place when complete, so a failed export never leaves half a file.
 *
 * <pre>{@code
 * long written = new ExportService(catalog).exportBooks(Path.of("books.csv"), Optional.empty());
 * }</pre>
 */
public final class ExportService {

    private final Catalog catalog;

    /**
     * A service exporting from {@code catalog}.
     *
     * @param catalog the open catalogue
     */
    public ExportService(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * Writes the books (all, or those matching a search) to a books CSV, oldest id first.
     *
     * @param file the file, replaced if it exists
     * @param scope a filter on books, or empty for all
     * @return how many books were written
     * @throws IOException if the file cannot be written
     */
    public long exportBooks(Path file, Optional<Q> scope) throws IOException {
        return writeAtomically(file, tmp -> {
            long n = 0;
            // values, not models: one row of six columns per book, its author's name joined in
            try (CsvBookWriter writer = CsvBookWriter.open(tmp);
                    Stream<List<Object>> rows = scope.map(q -> catalog.books().filter(q)).orElseGet(catalog::books)
                            .orderBy("id").valuesList("title", "author__name", "publicationDate", "isbn", "genre", "pages")
                            .stream()) {
                for (List<Object> r : (Iterable<List<Object>>) rows::iterator) {
                    writer.write(new BookRecord(0, (String) r.get(0), (String) r.get(1), (LocalDate) r.get(2),
                            (String) r.get(3), ((Genre) r.get(4)).code(), ((Number) r.get(5)).intValue()));
                    n++;
                }
            }
            return n;
        });
    }

    /**
     * Writes every author to an authors CSV, oldest id first.
     *
     * @param file the file, replaced if it exists
     * @return how many authors were written
     * @throws IOException if the file cannot be written
     */
    public long exportAuthors(Path file) throws IOException {
        return writeAtomically(file, tmp -> {
            long n = 0;
            try (CsvAuthorWriter writer = CsvAuthorWriter.open(tmp);
                    Stream<Author> authors = catalog.authors().orderBy("id").stream()) {
                for (Author a : (Iterable<Author>) authors::iterator) {
                    writer.write(new AuthorRecord(0, a.getName(), a.getBirthDate(), a.getBiography()));
                    n++;
                }
            }
            return n;
        });
    }

    /** Writes through {@code body} to a temporary file beside {@code file}, then moves it into place. */
    private interface Body {
        long write(Path tmp) throws IOException;
    }

    private static long writeAtomically(Path file, Body body) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new java.nio.file.NoSuchFileException(dir.toString(), null, "no such folder");
        }
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        try {
            long n = body.write(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return n;
        } catch (UncheckedIOException e) {
            Files.deleteIfExists(tmp);
            throw e.getCause();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }
}
