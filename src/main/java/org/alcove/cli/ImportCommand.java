package org.alcove.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.importing.ImportListener;
import org.alcove.catalog.importing.ImportOptions;
import org.alcove.catalog.importing.ImportPreview;
import org.alcove.catalog.importing.ImportProgress;
import org.alcove.catalog.importing.ImportReport;
import org.alcove.catalog.importing.ImportService;
import org.alcove.catalog.importing.JsonImport;
import org.alcove.catalog.io.BookReadOptions;
import org.alcove.catalog.io.GenreMapping;
import org.alcove.catalog.io.ImportFileException;
import org.alcove.catalog.io.ImportFormat;
import org.alcove.catalog.io.ImportWarning;
import org.alcove.catalog.io.RejectedRowsReport;
import org.alcove.catalog.io.RowError;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What the four {@code import-*} commands share: the file, {@code --on-error}, {@code --report},
 * {@code --json}; exit 0 when committed, 1 when not.
 */
abstract class ImportCommand extends CatalogCommand {

    /** {@code --on-error} values. */
    enum OnErrorChoice { skip, abort }

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--on-error", paramLabel = "skip|abort", defaultValue = "skip",
            description = "skip: import the good rows and report the bad; abort: import nothing if a row is bad (default: ${DEFAULT-VALUE}).")
    OnErrorChoice onError;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the rejected rows with their reasons to this CSV file.")
    Path report;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Option(names = "--genres", paramLabel = "FILE",
            description = "Pick genres with this term,genre mapping instead of the built-in one (print it with: alcove genre-map).")
    Path genres;

    /** The format to read, or null to recognise it from the header. */
    abstract ImportFormat format();

    ImportOptions options() throws IOException {
        ImportOptions options = ImportOptions.defaults().withOnError(
                onError == OnErrorChoice.abort ? ImportOptions.OnError.ABORT : ImportOptions.OnError.SKIP);
        if (genres != null) {
            Files2.requireReadable(genres);
            options = options.withRead(new BookReadOptions(columnMap(), GenreMapping.load(genres)));
        } else if (!columnMap().isEmpty()) {
            options = options.withRead(new BookReadOptions(columnMap(), GenreMapping.builtIn()));
        }
        return options;
    }

    /** The user's {@code --map COLUMN=FIELD} entries; none for the fixed formats. */
    Map<String, String> columnMap() {
        return Map.of();
    }

    @Override
    public Integer call() throws IOException {
        Files2.requireReadable(file);
        if (format() == null && JsonImport.looksLikeJson(file)) {
            // what export-json writes: every field of every book
            return importing(catalog -> new JsonImport(catalog).run(file, onError == OnErrorChoice.abort), ImportFormat.BOOKS);
        }
        ImportFormat format = format() != null ? format() : detected(file);
        ImportOptions options = options();
        return importing(catalog -> {
            try (ReportSink sink = new ReportSink(report)) { // the rejected rows, written as they are found
                return new ImportService(catalog).run(file, format, options, sink, () -> false);
            }
        }, format);
    }

    /** What an import into the --db catalogue does in every format. */
    @FunctionalInterface
    private interface Importing {
        ImportReport into(Catalog catalog) throws IOException;
    }

    /**
     * Runs an import and prints its report; exit 0 when committed with a row in, 1 otherwise. A
     * catalogue file this import created but did not fill is removed.
     */
    private int importing(Importing work, ImportFormat format) throws IOException {
        Path db = root.isShared() ? null : root.dbFile(); // a shared catalogue's database is the server's to keep
        boolean existed = db == null || Files.exists(db);
        boolean committed = false;
        try (Catalog catalog = openCatalog()) {
            ImportReport result = work.into(catalog);
            committed = result.committed() && result.imported() + result.matched() > 0;
            out().println(json ? Json.GSON.toJson(toJson(result)) : summary(result, format));
            out().flush();
            boolean everyRowRejected = result.rejected() > 0 && result.imported() == 0 && result.matched() == 0;
            return result.committed() && !everyRowRejected ? 0 : 1;
        } finally {
            if (!existed && !committed) {
                removeNewCatalogue(db);
            }
        }
    }

    /** The format the file's header says, or a refusal listing the formats Alcove reads and the header found. */
    static ImportFormat detected(Path file) throws IOException {
        ImportPreview preview = ImportService.preview(file, 0);
        return preview.format().orElseThrow(() -> new ImportFileException(ImportFormat.unrecognised(
                file.getFileName().toString(), preview.header()) + " Name the format with --format, or the columns with --map."));
    }

    /** A catalogue file this import created but did not fill is removed with its journal files: a refused import leaves nothing behind. */
    private static void removeNewCatalogue(Path db) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
        }
    }

    private String summary(ImportReport r, ImportFormat format) {
        String what = format == ImportFormat.AUTHORS ? "authors" : "books";
        StringBuilder b = new StringBuilder();
        if (r.committed()) {
            b.append("Imported ").append(r.imported()).append(' ').append(what);
        } else {
            b.append("Nothing imported (aborted at line ").append(r.errors().isEmpty() ? "?" : r.errors().get(0).line())
                    .append(')');
        }
        b.append(", matched ").append(r.matched()).append(", rejected ").append(r.rejected());
        if (r.authorsCreated() > 0) {
            b.append(", created ").append(r.authorsCreated()).append(" authors");
        }
        b.append(r.rejected() > 0 ? (report != null ? " (see " + report + ")." : " (see --report).") : ".");
        for (RowError e : r.errors().subList(0, Math.min(5, r.errors().size()))) {
            b.append(System.lineSeparator()).append("  line ").append(e.line()).append(", ").append(e.field())
                    .append(": ").append(e.message());
        }
        if (r.backup() != null && r.committed()) {
            b.append(System.lineSeparator()).append("The catalogue as it was before: ").append(r.backup());
        }
        if (!r.warnings().isEmpty()) {
            b.append(System.lineSeparator()).append(r.warnings().size()).append(r.warningsTruncated() ? "+" : "")
                    .append(r.warnings().size() == 1 ? " warning" : " warnings").append(json ? "" : " (all with --json):");
            for (ImportWarning w : r.warnings().subList(0, Math.min(5, r.warnings().size()))) {
                b.append(System.lineSeparator()).append("  line ").append(w.line()).append(", ").append(w.field())
                        .append(": ").append(w.message());
            }
        }
        return b.toString();
    }

    static Map<String, Object> toJson(ImportReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("imported", r.imported());
        m.put("matched", r.matched());
        m.put("rejected", r.rejected());
        List<Map<String, Object>> errors = new ArrayList<>();
        for (RowError e : r.errors()) {
            Map<String, Object> err = new LinkedHashMap<>();
            err.put("line", e.line());
            err.put("field", e.field());
            err.put("message", e.message());
            errors.add(err);
        }
        m.put("errors", errors);
        m.put("committed", r.committed());
        List<Map<String, Object>> warnings = new ArrayList<>();
        for (ImportWarning w : r.warnings()) {
            Map<String, Object> warning = new LinkedHashMap<>();
            warning.put("line", w.line());
            warning.put("field", w.field());
            warning.put("message", w.message());
            warnings.add(warning);
        }
        m.put("warnings", warnings);
        m.put("backup", r.backup() == null ? null : r.backup().toString());
        return m;
    }

    /** Writes every rejected row to the {@code --report} file as it is found. */
    private static final class ReportSink implements ImportListener, AutoCloseable {
        private final RejectedRowsReport report;

        ReportSink(Path file) throws IOException {
            this.report = file == null ? null : RejectedRowsReport.open(file);
        }

        @Override
        public void progress(ImportProgress progress) {
        }

        @Override
        public void rejected(RowError error) {
            if (report != null) {
                try {
                    report.write(error);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }

        @Override
        public void close() throws IOException {
            if (report != null) {
                report.close();
            }
        }
    }
}
