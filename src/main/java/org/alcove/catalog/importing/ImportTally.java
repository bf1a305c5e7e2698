package org.alcove.catalog.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

import org.alcove.catalog.io.ImportWarning;
import org.alcove.catalog.io.RecordReader;
import org.alcove.catalog.io.RowError;
import org.alcove.catalog.io.RowResult;

/**
 * The counters of one running import, and the rules for bad rows and cancelling that every
 * format shares. Not thread-safe: one import, one thread.
 */
final class ImportTally {

    /** Thrown inside the transaction to roll it back when a row is bad in abort mode. */
    static final class Aborted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Aborted() {
            super("import aborted at the first bad row", null, false, false);
        }
    }

    private final ImportOptions options;
    private final ImportListener listener;
    private final BooleanSupplier cancelled;
    private final List<RowError> errors = new ArrayList<>();
    private boolean errorsTruncated;
    private final List<ImportWarning> warnings = new ArrayList<>();
    private boolean warningsTruncated;
    long rowsRead;
    long imported;
    long matched;
    long rejected;
    long authorsCreated;

    ImportTally(ImportOptions options, ImportListener listener, BooleanSupplier cancelled) {
        this.options = options;
        this.listener = listener;
        this.cancelled = cancelled;
    }

    ImportOptions options() {
        return options;
    }

    /** Counts a rejected row with its problems; in abort mode, stops the import. */
    void reject(List<RowError> rowErrors) {
        rejected++;
        for (RowError e : rowErrors) {
            if (errors.size() < options.maxErrorsKept()) {
                errors.add(e);
            } else {
                errorsTruncated = true;
            }
            listener.rejected(e);
        }
        if (options.onError() == ImportOptions.OnError.ABORT) {
            throw new Aborted();
        }
    }

    /** Keeps the warnings of an imported row, up to {@link ImportOptions#maxErrorsKept()}. */
    void warn(List<ImportWarning> rowWarnings) {
        for (ImportWarning w : rowWarnings) {
            if (warnings.size() < options.maxErrorsKept()) {
                warnings.add(w);
            } else {
                warningsTruncated = true;
            }
        }
    }

    /** Counts a row read; tells the listener every so many rows. */
    void rowRead(long bytesRead, long totalBytes) {
        rowsRead++;
        if (rowsRead % options.progressEvery() == 0) {
            progress(bytesRead, totalBytes);
        }
    }

    void progress(long bytesRead, long totalBytes) {
        listener.progress(new ImportProgress(rowsRead, bytesRead, totalBytes, imported, matched, rejected));
    }

    /** Throws CancellationException (rolling the transaction back) if the user cancelled. */
    void checkCancelled() {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("import cancelled");
        }
    }

    ImportReport report(org.alcove.catalog.io.ImportFormat format, boolean committed, boolean wasCancelled,
            long startNanos, java.nio.file.Path backup) {
        List<RowError> inLineOrder = new ArrayList<>(errors);
        inLineOrder.sort(java.util.Comparator.comparingLong(RowError::line)); // stable: a row's problems keep their order
        List<ImportWarning> warned = new ArrayList<>(warnings);
        warned.sort(java.util.Comparator.comparingLong(ImportWarning::line));
        return new ImportReport(format, rowsRead, committed ? imported : 0, matched, rejected,
                committed ? authorsCreated : 0, inLineOrder, errorsTruncated, committed, wasCancelled,
                java.time.Duration.ofNanos(System.nanoTime() - startNanos), warned, warningsTruncated, backup);
    }

    /**
     * Reads every row of {@code reader}: a rejected row is counted and reported, a valid one is
     * made ready by {@code prepare} and goes to {@code accept} (which may add it to {@code batch});
     * {@code flush} writes the batch whenever it holds {@link ImportOptions#batchSize()} rows, and
     * once after the last row; progress is reported as rows are read.
     * Reading, checking and {@code prepare} run ahead on a thread of their own ({@link ReadAhead})
     * while this thread writes, so {@code prepare} must not touch the database or this import's state.
     * The cancel flag is polled before each chunk of rows and before the last flush, whether or not
     * the rows fill a batch (a file of rejected or already known rows stops as promptly).
     */
    <T, U> void readAll(RecordReader<T> reader, Function<? super T, ? extends U> prepare, Consumer<U> accept,
            List<?> batch, Runnable flush) {
        long bytesRead = 0;
        try (ReadAhead<T, U> ahead = new ReadAhead<>(reader, prepare)) {
            for (Optional<ReadAhead.Chunk<U>> chunk = ahead.next(); chunk.isPresent(); chunk = ahead.next()) {
                checkCancelled();
                bytesRead = chunk.get().bytesRead();
                for (RowResult<U> r : chunk.get().rows()) {
                    rowRead(bytesRead, reader.totalBytes());
                    if (r instanceof RowResult.Rejected<U> rejected) {
                        reject(rejected.errors());
                    } else if (r instanceof RowResult.Valid<U> valid) {
                        accept.accept(valid.record());
                    }
                    if (batch.size() >= options.batchSize()) {
                        flush.run();
                    }
                }
            }
            checkCancelled();
            flush.run();
            progress(bytesRead, reader.totalBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
