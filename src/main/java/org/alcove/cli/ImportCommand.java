package org.alcove.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.importing.ImportListener;
import org.alcove.catalog.importing.ImportOptions;
import org.alcove.catalog.importing.ImportProgress;
import org.alcove.catalog.importing.ImportReport;
import org.alcove.catalog.importing.ImportService;
import org.alcove.catalog.io.ImportFormat;
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

    abstract ImportFormat format();

    ImportOptions options() {
        return ImportOptions.defaults().withOnError(
                onError == OnErrorChoice.abort ? ImportOptions.OnError.ABORT : ImportOptions.OnError.SKIP);
    }

    @Override
    public Integer call() throws IOException {
        Files2.requireReadable(file);
        try (Catalog catalog = openCatalog(); ReportSink sink = new ReportSink(report)) {
            ImportReport result = new ImportService(catalog).run(file, format(), options(), sink, () -> false);
            if (json) {
                out().println(Json.GSON.toJson(toJson(result)));
            } else {
                out().println(summary(result));
            }
            out().flush();
            boolean everyRowRejected = result.rejected() > 0 && result.imported() == 0 && result.matched() == 0;
            return result.committed() && !everyRowRejected ? 0 : 1;
        }
    }

    private String summary(ImportReport r) {
        String what = format() == ImportFormat.AUTHORS ? "authors" : "books";
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
