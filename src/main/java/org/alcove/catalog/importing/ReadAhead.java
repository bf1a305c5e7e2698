package org.alcove.catalog.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.alcove.catalog.io.RecordReader;
import org.alcove.catalog.io.RowResult;

/**
 * Reads and checks a file's rows on a thread of its own while the import thread writes the rows
 * before them, so parsing and inserting overlap. Each valid record is also prepared there (made
 * into what the import inserts), leaving the import thread only the writing. Rows arrive in file
 * order, in chunks; at most {@link #CHUNKS_AHEAD} chunks wait, so memory stays bounded however
 * large the file.
 *
 * <p>Closing stops the reading thread and waits for it, so the caller may close the file next.
 *
 * @param <T> the record a valid row becomes
 * @param <U> what a valid record is prepared into
 */
final class ReadAhead<T, U> implements AutoCloseable {

    static final int CHUNK_ROWS = 500;
    static final int CHUNKS_AHEAD = 8;

    /** Rows read in file order (valid ones prepared), and the bytes of the file read once they were. */
    record Chunk<U>(List<RowResult<U>> rows, long bytesRead, Throwable failure) {
    }

    private static final Chunk<?> END = new Chunk<>(List.of(), -1, null);

    private final RecordReader<T> reader;
    private final Function<? super T, ? extends U> prepare;
    private final BlockingQueue<Chunk<U>> queue = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    private final Thread thread;
    private volatile boolean stopped;
    /** Handed on when reading failed, made beforehand: passing on an OutOfMemoryError must not need memory. */
    private final Chunk<U> failed = new Chunk<>(List.of(), 0, null);
    private volatile Throwable failure;

    ReadAhead(RecordReader<T> reader, Function<? super T, ? extends U> prepare) {
        this.reader = reader;
        this.prepare = prepare;
        this.thread = new Thread(this::readAll, "alcove-import-reader");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The next chunk, waiting for the reader if needed.
     *
     * @return the chunk, or empty after the last row
     * @throws IOException if the file could not be read
     */
    Optional<Chunk<U>> next() throws IOException {
        Chunk<U> chunk;
        try {
            chunk = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("import interrupted");
        }
        if (chunk == END) {
            return Optional.empty();
        }
        if (chunk == failed) {
            chunk = new Chunk<>(List.of(), 0, failure);
        }
        if (chunk.failure() instanceof IOException io) {
            throw io;
        }
        if (chunk.failure() instanceof RuntimeException re) {
            throw re;
        }
        if (chunk.failure() instanceof Error err) {
            throw err;
        }
        return Optional.of(chunk);
    }

    @SuppressWarnings("unchecked")
    private void readAll() {
        try {
            List<RowResult<U>> rows = new ArrayList<>(CHUNK_ROWS);
            for (Optional<RowResult<T>> r = reader.next(); r.isPresent(); r = reader.next()) {
                rows.add(prepared(r.get()));
                if (rows.size() == CHUNK_ROWS) {
                    hand(new Chunk<>(rows, reader.bytesRead(), null));
                    rows = new ArrayList<>(CHUNK_ROWS);
                }
            }
            if (!rows.isEmpty()) {
                hand(new Chunk<>(rows, reader.bytesRead(), null));
            }
            hand((Chunk<U>) END);
        } catch (InterruptedException e) {
            // close() asked the thread to stop: nobody reads what is left
        } catch (IOException | RuntimeException e) {
            failure = e;
            try {
                hand(failed); // nothing more asked of the reader: next() throws e
            } catch (InterruptedException stop) {
                // closed meanwhile: the import thread is no longer waiting for it
            }
        } catch (Error e) {
            // Out of memory, say: the import fails, so the rows waiting are dropped to free memory, and
            // the failure is handed on without allocating (a throw from here would reach the thread's
            // uncaught-exception handler, which prints a stack trace and may run out of memory itself).
            failure = e;
            queue.clear();
            queue.offer(failed);
        }
    }

    private RowResult<U> prepared(RowResult<T> r) {
        if (r instanceof RowResult.Valid<T> valid) {
            return new RowResult.Valid<>(valid.line(), prepare.apply(valid.record()));
        }
        return new RowResult.Rejected<>(r.line(), ((RowResult.Rejected<T>) r).errors());
    }

    private void hand(Chunk<U> chunk) throws InterruptedException {
        do {
            if (stopped) {
                throw new InterruptedException("read-ahead closed"); // checked before every chunk, not only when the queue is full
            }
        } while (!queue.offer(chunk, 100, TimeUnit.MILLISECONDS));
    }

    @Override
    public void close() {
        stopped = true; // not an interrupt: that would close the file's channel under the reader
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
