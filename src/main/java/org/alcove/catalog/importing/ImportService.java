package org.alcove.catalog.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.alcove.catalog.AutoBackups;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.io.AuthorCsvReader;
import org.alcove.catalog.io.BookCsvReader;
import org.alcove.catalog.io.CsvSource;
import org.alcove.catalog.io.FullBookCsv;
import org.alcove.catalog.io.ImportFileException;
import org.alcove.catalog.io.ImportFormat;
import org.alcove.catalog.io.MissingColumnException;
import org.alcove.catalog.io.SourceRow;
import org.alcove.catalog.search.SearchIndexes;
import org.alcove.orm.Model;
import org.alcove.orm.QuerySet;

/**
 * Imports authors and books files into a catalogue: streaming, in one transaction committed only
 * at the end, so a bad row in abort mode, a cancel or a crash leaves the catalogue as it was.
 * Call it from a background thread; the listener is called on that thread.
 *
 * <pre>{@code
 * ImportReport report = new ImportService(catalog).run(file, ImportFormat.BOOKS,
 *         ImportOptions.defaults(), progress -> bar.set(progress.fraction()), cancelFlag::get);
 * }</pre>
 */
public final class ImportService {

    private final Catalog catalog;

    /**
     * A service importing into {@code catalog}.
     *
     * @param catalog the open catalogue
     */
    public ImportService(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * Imports a file.
     *
     * @param file the file
     * @param format the file's format
     * @param options error mode, unknown authors, batch size
     * @param listener told of progress and of every rejected row
     * @param cancelled polled every few hundred rows read; when true the import stops and is rolled back
     * @return what was imported, matched and rejected, and whether it was committed
     * @throws NoSuchFileException if the file does not exist
     * @throws ImportFileException if the file is empty, lacks a required column, or cannot be parsed
     * @throws IOException if the file cannot be read
     */
    public ImportReport run(Path file, ImportFormat format, ImportOptions options, ImportListener listener,
            BooleanSupplier cancelled) throws IOException {
        long start = System.nanoTime();
        ImportTally tally = new ImportTally(options, listener, cancelled);
        Path backup = null;
        try (CsvSource source = open(file)) {
            if (format == ImportFormat.BOOKS && FullBookCsv.matches(source.header())) {
                // every field of every book, as export-books writes it: read as the JSON export is
                return new FullCsvImport(catalog).run(source, options.onError() == ImportOptions.OnError.ABORT, listener, cancelled);
            }
            Runnable work = reading(source, format, tally);
            boolean authors = format == ImportFormat.AUTHORS;
            QuerySet<? extends Model> target = authors ? catalog.authors() : catalog.books();
            long existing = target.count();
            // the catalogue as it was, should the import be regretted (a shared one on a server: the server's backups)
            if (catalog.file() != null && (catalog.books().exists() || catalog.authors().exists())) {
                backup = new AutoBackups(catalog.db()).write();
            }
            if (isLargeAgainst(file, existing)) {
                // Authors are matched in memory; books through the author index when there are some.
                // The search index too is brought up to date once, after loading.
                String table = target.model().table();
                catalog.db().schemaEditor().withPlainIndexesDeferred(table,
                        i -> !authors && BookImport.readsThrough(i, existing > 0), () -> SearchIndexes.deferredDuring(catalog.db(), table, () -> {
                    work.run();
                    return null;
                }));
            } else {
                catalog.db().atomic(work);
            }
            return tally.report(format, true, false, start, backup);
        } catch (ImportTally.Aborted e) {
            return tally.report(format, false, false, start, backup);
        } catch (CancellationException e) {
            return tally.report(format, false, true, start, backup);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Whether a file holds about as many rows as its table already has ({@code existing}), or more (about 80 bytes
     * a row): then building the table's plain indexes (the books' title, date, genre and author; the
     * authors' name) once after loading is cheaper than updating them row by row. Small imports
     * into big catalogues keep their indexes.
     */
    private static boolean isLargeAgainst(Path file, long existing) throws IOException {
        long size = Files.size(file);
        return size > 1_000_000 && size / 80 >= existing;
    }

    /**
     * The header and first rows of a file with what was detected about it, for the import dialog.
     *
     * @param file the file
     * @param rows how many data rows to read at most
     * @return the preview
     * @throws IOException if the file cannot be read or has no header
     */
    public static ImportPreview preview(Path file, int rows) throws IOException {
        try (CsvSource source = open(file)) {
            List<List<String>> first = new ArrayList<>();
            for (Optional<SourceRow> r = source.next(); r.isPresent() && first.size() < rows; r = source.next()) {
                first.add(r.get().values());
            }
            return new ImportPreview(source.header(), first, ImportFormat.detect(source.header()),
                    source.charset(), source.delimiter());
        }
    }

    /**
     * The format a file's header says it is in.
     *
     * @param file the file
     * @return the format, or empty when the header matches none
     * @throws IOException if the file cannot be read or has no header
     */
    public static Optional<ImportFormat> detect(Path file) throws IOException {
        try (CsvSource source = open(file)) {
            return ImportFormat.detect(source.header());
        }
    }

    private Runnable reading(CsvSource source, ImportFormat format, ImportTally tally) throws IOException {
        if (format == ImportFormat.AUTHORS) {
            AuthorCsvReader reader = AuthorCsvReader.open(withHint(source, format));
            return () -> new AuthorImport(catalog, tally).run(reader);
        }
        BookCsvReader reader;
        try {
            reader = BookCsvReader.open(source, format, tally.options().read());
        } catch (MissingColumnException e) {
            throw hinted(e, source, format);
        }
        return () -> new BookImport(catalog, tally, reader).run();
    }

    private static CsvSource withHint(CsvSource source, ImportFormat format) throws ImportFileException {
        Optional<ImportFormat> detected = ImportFormat.detect(source.header());
        if (detected.isPresent() && detected.get() != format && !source.header().contains("name")) {
            throw new ImportFileException(source.name() + " looks like " + describe(detected.get())
                    + ", not " + describe(format) + "; its columns are: " + String.join(", ", source.header()));
        }
        return source;
    }

    private static ImportFileException hinted(MissingColumnException e, CsvSource source, ImportFormat format) {
        Optional<ImportFormat> detected = ImportFormat.detect(source.header());
        if (detected.isPresent() && detected.get() != format) {
            return new ImportFileException(e.getMessage() + " (it looks like " + describe(detected.get())
                    + ", not " + describe(format) + ")", e);
        }
        return e;
    }

    static String describe(ImportFormat format) {
        return format.description();
    }

    private static CsvSource open(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new ImportFileException(file + " is a folder, not a file");
        }
        return CsvSource.open(file);
    }
}
