package org.alcove.catalog.io;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A file's data rows, read one at a time as a valid record or the reasons it was rejected, with
 * the bytes read so far for progress. {@link AuthorCsvReader} and {@link BookCsvReader} are its two kinds.
 *
 * @param <T> the record a valid row becomes
 */
public abstract class RecordReader<T> implements Closeable {
    private RowStream<T> rows;

    RecordReader() {
    }

    /** Set once by the subclass constructor, after it has checked the header. */
    final void rows(RowStream<T> stream) {
        this.rows = stream;
    }

    /**
     * Reads the next data row.
     *
     * @return its result, or empty at the end of the file
     * @throws IOException if the file cannot be read
     */
    public Optional<RowResult<T>> next() throws IOException {
        return rows.next();
    }

    /**
     * Passes the result of every remaining data row to the action, in file order.
     *
     * @param action what to do with each result
     * @throws IOException if the file cannot be read
     */
    public void forEach(Consumer<? super RowResult<T>> action) throws IOException {
        rows.forEach(action);
    }

    /**
     * Bytes read so far, for progress.
     *
     * @return the count
     */
    public long bytesRead() {
        return rows.bytesRead();
    }

    /**
     * The file's size in bytes, or -1 when unknown.
     *
     * @return the size
     */
    public long totalBytes() {
        return rows.totalBytes();
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
