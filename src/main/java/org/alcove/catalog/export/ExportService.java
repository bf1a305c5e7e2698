package org.alcove.catalog.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.alcove.catalog.Author;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.io.AuthorRecord;
import org.alcove.catalog.io.BookRecord;
import org.alcove.catalog.io.CsvAuthorWriter;
import org.alcove.catalog.io.CsvBookWriter;
import org.alcove.catalog.io.FullBookCsv;
import org.alcove.catalog.io.FullBookCsvWriter;
import org.alcove.catalog.io.SafeFiles;
import org.alcove.orm.Q;

/**
 * Exports books and authors as Alcove's own CSV, which imports back into the same catalogue
 * (books with every field, {@link FullBookCsv}, or the six basic columns),
 * streaming from the database so memory stays bounded. A file is written beside the target, synced
 * and moved into place when complete ({@link SafeFiles#replace}), so a failed or killed export never
 * leaves half a file, and the file replaced keeps its permissions.
 *
 * <pre>{@code
 * long written = new ExportService(catalog).exportBooks(Path.of("books.csv"), Optional.empty());
 * }</pre>
 */
public final class ExportService {

    private static final int CHUNK = 1000;

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
     * Writes the books (all, or those matching a search) to a books CSV with every field, oldest id first.
     *
     * @param file the file, replaced if it exists
     * @param scope a filter on books, or empty for all
     * @return how many books were written
     * @throws IOException if the file cannot be written
     */
    public long exportBooks(Path file, Optional<Q> scope) throws IOException {
        return exportBooks(file, scope, BookColumns.FULL);
    }

    /** Which columns a books CSV has. */
    public enum BookColumns {
        /** Every field the catalogue holds ({@link FullBookCsv}): credits, series, identifiers, tags, readings, copies... */
        FULL,
        /** Alcove's first books CSV: {@code title,author,publication_date,isbn,genre,pages}. */
        BASIC
    }

    /**
     * Writes the books (all, or those matching a search) to a books CSV with the given columns,
     * oldest id first.
     *
     * @param file the file, replaced if it exists
     * @param scope a filter on books, or empty for all
     * @param columns every field, or the six basic columns
     * @return how many books were written
     * @throws IOException if the file cannot be written
     */
    public long exportBooks(Path file, Optional<Q> scope, BookColumns columns) throws IOException {
        return columns == BookColumns.FULL ? exportFull(file, scope) : exportBasic(file, scope);
    }

    /** Every field: the ids streamed, the books read a thousand at a time with their relations, as the JSON export does. */
    private long exportFull(Path file, Optional<Q> scope) throws IOException {
        return SafeFiles.replace(file, tmp -> {
            long n = 0;
            try (FullBookCsvWriter writer = FullBookCsvWriter.open(tmp);
                    Stream<Long> ids = scope.map(q -> catalog.books().filter(q)).orElseGet(catalog::books)
                            .orderBy("id").valuesListFlat("id", Long.class).stream()) {
                List<Long> chunk = new ArrayList<>(CHUNK);
                for (Long id : (Iterable<Long>) ids::iterator) {
                    chunk.add(id);
                    if (chunk.size() == CHUNK) {
                        n += writeChunk(writer, chunk);
                        chunk.clear();
                    }
                }
                n += writeChunk(writer, chunk);
            }
            return n;
        });
    }

    private long writeChunk(FullBookCsvWriter writer, List<Long> ids) throws IOException {
        if (ids.isEmpty()) {
            return 0;
        }
        List<Map<String, Object>> docs = BookDocuments.load(catalog.db(), ids);
        for (Map<String, Object> d : docs) {
            writer.write(FullCsvRows.of(d));
        }
        return docs.size();
    }

    private long exportBasic(Path file, Optional<Q> scope) throws IOException {
        return SafeFiles.replace(file, tmp -> {
            long n = 0;
            // values, not models: one row of six columns per book, its author's name joined in
            try (CsvBookWriter writer = CsvBookWriter.open(tmp);
                    Stream<List<Object>> rows = scope.map(q -> catalog.books().filter(q)).orElseGet(catalog::books)
                            .orderBy("id").valuesList("title", "author__name", "publicationDate", "isbn", "genre__name", "pages")
                            .stream()) {
                for (List<Object> r : (Iterable<List<Object>>) rows::iterator) {
                    writer.write(new BookRecord(0, (String) r.get(0), (String) r.get(1), (LocalDate) r.get(2),
                            (String) r.get(3), r.get(4) == null ? "" : (String) r.get(4), ((Number) r.get(5)).intValue()));
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
        return SafeFiles.replace(file, tmp -> {
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
}
