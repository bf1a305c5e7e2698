package org.alcove.catalog.importing;

import org.alcove.catalog.io.BookReadOptions;

/**
 * How an import treats bad rows and unknown authors.
 *
 * <pre>{@code
 * ImportOptions options = ImportOptions.defaults().withOnError(ImportOptions.OnError.ABORT);
 * }</pre>
 *
 * @param onError skip bad rows and import the rest, or abort (import nothing) at the first
 * @param unknownAuthors for books: create an author missing from the catalogue, or reject the row
 * @param batchSize rows written per bulk insert
 * @param maxErrorsKept how many row errors the {@link ImportReport} keeps; every one still goes to
 *     {@link ImportListener#rejected}
 * @param progressEvery rows between two calls of {@link ImportListener#progress}
 */
public record ImportOptions(OnError onError, UnknownAuthors unknownAuthors, int batchSize,
        int maxErrorsKept, int progressEvery, BookReadOptions read) {

    /** What to do with a bad row. */
    public enum OnError {
        /** Report the row and import the others. */
        SKIP,
        /** Report the row and import nothing. */
        ABORT
    }

    /** What to do with a book whose author is not in the catalogue. */
    public enum UnknownAuthors {
        /** Create the author, with only a name. */
        CREATE,
        /** Reject the row. */
        REJECT
    }

    /**
     * Checks the numbers.
     *
     * @throws IllegalArgumentException if a number is not positive, or an enum is null
     */
    public ImportOptions {
        read = read == null ? BookReadOptions.defaults() : read;
        if (onError == null || unknownAuthors == null) {
            throw new IllegalArgumentException("onError and unknownAuthors must be given");
        }
        if (batchSize < 1 || maxErrorsKept < 0 || progressEvery < 1) {
            throw new IllegalArgumentException("batchSize and progressEvery must be positive, maxErrorsKept not negative");
        }
    }

    /**
     * Skip bad rows, create unknown authors, 2,000 rows a batch, keep 1,000 errors, progress every 1,000 rows.
     *
     * @return the defaults
     */
    public static ImportOptions defaults() {
        return new ImportOptions(OnError.SKIP, UnknownAuthors.CREATE, 2000, 1000, 1000, BookReadOptions.defaults());
    }

    /**
     * The same options with another error mode.
     *
     * @param mode skip or abort
     * @return the options
     */
    /**
     * The same options reading books with {@code read}'s column map and genre mapping.
     *
     * @param read the reading options
     * @return the new options
     */
    public ImportOptions withRead(BookReadOptions read) {
        return new ImportOptions(onError, unknownAuthors, batchSize, maxErrorsKept, progressEvery, read);
    }

    public ImportOptions withOnError(OnError mode) {
        return new ImportOptions(mode, unknownAuthors, batchSize, maxErrorsKept, progressEvery, read);
    }

    /**
     * The same options with another treatment of unknown authors.
     *
     * @param mode create or reject
     * @return the options
     */
    public ImportOptions withUnknownAuthors(UnknownAuthors mode) {
        return new ImportOptions(onError, mode, batchSize, maxErrorsKept, progressEvery, read);
    }

    /**
     * The same options with another batch size.
     *
     * @param rows rows per batch
     * @return the options
     */
    public ImportOptions withBatchSize(int rows) {
        return new ImportOptions(onError, unknownAuthors, rows, maxErrorsKept, progressEvery, read);
    }

    /**
     * The same options with another progress interval.
     *
     * @param rows rows between two progress calls
     * @return the options
     */
    public ImportOptions withProgressEvery(int rows) {
        return new ImportOptions(onError, unknownAuthors, batchSize, maxErrorsKept, rows, read);
    }
}
