package org.alcove.catalog.io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Remembers the line each ISBN-13 was first seen on, in memory that does not grow with the file.
 *
 * <p>The newest ISBNs are held in an open-addressing table of two long arrays; when it holds
 * {@value #IN_MEMORY} of them it is written out, sorted by ISBN, as a run of (ISBN, line) pairs to
 * a temporary file and emptied. Eight runs of one size are merged into one of the next (a
 * log-structured merge, so each pair is rewritten a few times at most). An ISBN not in the table
 * is looked for in the runs only when a fixed-size Bloom filter over every ISBN seen says it may
 * be there and it lies in a run's range — a binary search of a few positional reads — so a file
 * without duplicates costs almost no reading. Some 6 MB of heap whatever the number of rows; the
 * temporary files (16 bytes per ISBN) are deleted on {@link #close}.
 */
final class IsbnFirstLines implements Closeable {

    static final int IN_MEMORY = 1 << 16;
    private static final int FAN_IN = 8;
    private static final int BLOOM_BITS_LOG2 = 24;
    private static final int PAIR = 16;

    private final int inMemory;
    private final Path tempParent;
    private long[] keys;
    private long[] lines;
    private int size;
    private final long[] bloom = new long[1 << (BLOOM_BITS_LOG2 - 6)];
    private final List<Run> runs = new ArrayList<>();
    private Path folder;
    private int runsMade;

    IsbnFirstLines() {
        this(IN_MEMORY, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** A table spilling after {@code inMemory} ISBNs (a power of two; small in tests) into a new folder in {@code tempParent}. */
    IsbnFirstLines(int inMemory, Path tempParent) {
        this.inMemory = inMemory;
        this.tempParent = tempParent;
        this.keys = new long[inMemory * 2];
        this.lines = new long[inMemory * 2];
    }

    /** A sorted run of pairs in its own file, with the smallest and largest ISBN it holds. */
    private record Run(Path file, FileChannel channel, long count, int level, long min, long max) {
    }

    /**
     * Records the ISBN on the line unless it was seen before.
     *
     * @param isbn13 thirteen digits (never 0 as a number, which marks empty slots)
     * @param line the line it is on
     * @return the line it was first seen on, or 0 if this is the first time
     * @throws UncheckedIOException if the temporary files cannot be written or read
     */
    long putIfAbsent(String isbn13, long line) {
        long key = Long.parseLong(isbn13);
        long seen = lineOf(key);
        if (seen != 0) {
            return seen;
        }
        int slot = find(keys, key);
        keys[slot] = key;
        lines[slot] = line;
        addToBloom(key);
        if (++size == inMemory) {
            spill();
        }
        return 0;
    }

    /**
     * The line the ISBN was first seen on.
     *
     * @param isbn13 thirteen digits
     * @return the line, or 0 if not seen
     * @throws UncheckedIOException if the temporary files cannot be read
     */
    long lineOf(String isbn13) {
        return lineOf(Long.parseLong(isbn13));
    }

    private long lineOf(long key) {
        int slot = find(keys, key);
        if (keys[slot] == key) {
            return lines[slot];
        }
        if (runs.isEmpty() || !mayHave(key)) {
            return 0;
        }
        try {
            for (Run run : runs) {
                if (key >= run.min() && key <= run.max()) {
                    long line = search(run, key);
                    if (line != 0) {
                        return line;
                    }
                }
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        for (Run run : runs) {
            run.channel().close();
        }
        runs.clear();
        if (folder != null) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(folder);
            folder = null;
        }
    }

    private static int find(long[] table, long key) {
        int mask = table.length - 1;
        int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (table[slot] != 0 && table[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    // Bloom filter: three bit positions from two hashes of the key

    private void addToBloom(long key) {
        long h1 = mix(key);
        long h2 = mix(h1);
        for (int i = 0; i < 3; i++) {
            int bit = (int) ((h1 + i * h2) >>> (64 - BLOOM_BITS_LOG2));
            bloom[bit >>> 6] |= 1L << bit;
        }
    }

    private boolean mayHave(long key) {
        long h1 = mix(key);
        long h2 = mix(h1);
        for (int i = 0; i < 3; i++) {
            int bit = (int) ((h1 + i * h2) >>> (64 - BLOOM_BITS_LOG2));
            if ((bloom[bit >>> 6] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    // Runs on disk

    /** Writes the table out as a sorted run, empties it, and merges runs where eight share a size. */
    private void spill() {
        long[] sorted = new long[size];
        int n = 0;
        for (long k : keys) {
            if (k != 0) {
                sorted[n++] = k;
            }
        }
        Arrays.sort(sorted);
        try {
            Path file = newRunFile();
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
                for (long k : sorted) {
                    out.writeLong(k);
                    out.writeLong(lines[find(keys, k)]);
                }
            }
            runs.add(open(file, size, 0, sorted[0], sorted[size - 1]));
            Arrays.fill(keys, 0);
            size = 0;
            mergeFullLevels();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void mergeFullLevels() throws IOException {
        while (runs.size() >= FAN_IN) {
            List<Run> tail = runs.subList(runs.size() - FAN_IN, runs.size());
            int level = tail.get(0).level();
            if (tail.stream().anyMatch(r -> r.level() != level)) {
                return;
            }
            Run merged = merge(List.copyOf(tail), level + 1);
            for (Run r : tail) {
                r.channel().close();
                Files.delete(r.file());
            }
            tail.clear();
            runs.add(merged);
        }
    }

    /** Merges sorted runs into one (their ISBNs are distinct: each was added only once). */
    private Run merge(List<Run> parts, int level) throws IOException {
        Path file = newRunFile();
        List<DataInputStream> ins = new ArrayList<>();
        long[] heads = new long[parts.size() * 2];
        long count = 0;
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            for (int i = 0; i < parts.size(); i++) {
                ins.add(new DataInputStream(new BufferedInputStream(Files.newInputStream(parts.get(i).file()), 1 << 15)));
                advance(ins.get(i), heads, i);
            }
            while (true) {
                int least = -1;
                for (int i = 0; i < parts.size(); i++) {
                    if (heads[i * 2] != 0 && (least < 0 || heads[i * 2] < heads[least * 2])) {
                        least = i;
                    }
                }
                if (least < 0) {
                    break;
                }
                out.writeLong(heads[least * 2]);
                out.writeLong(heads[least * 2 + 1]);
                count++;
                advance(ins.get(least), heads, least);
            }
        } finally {
            for (DataInputStream in : ins) {
                in.close();
            }
        }
        long min = parts.stream().mapToLong(Run::min).min().orElseThrow();
        long max = parts.stream().mapToLong(Run::max).max().orElseThrow();
        return open(file, count, level, min, max);
    }

    private static void advance(DataInputStream in, long[] heads, int i) throws IOException {
        try {
            heads[i * 2] = in.readLong();
            heads[i * 2 + 1] = in.readLong();
        } catch (EOFException end) {
            heads[i * 2] = 0;
        }
    }

    private Path newRunFile() throws IOException {
        if (folder == null) {
            folder = Files.createTempDirectory(tempParent, "alcove-isbns-");
        }
        return folder.resolve("run-" + runsMade++);
    }

    private static Run open(Path file, long count, int level, long min, long max) throws IOException {
        return new Run(file, FileChannel.open(file, StandardOpenOption.READ), count, level, min, max);
    }

    /** Binary search of a run for {@code key}: its line, or 0. */
    private static long search(Run run, long key) throws IOException {
        ByteBuffer pair = ByteBuffer.allocate(PAIR);
        long lo = 0;
        long hi = run.count() - 1;
        while (lo <= hi) {
            long mid = (lo + hi) >>> 1;
            pair.clear();
            while (pair.hasRemaining()) {
                if (run.channel().read(pair, mid * PAIR + pair.position()) < 0) {
                    throw new EOFException(run.file() + " ends early");
                }
            }
            long k = pair.getLong(0);
            if (k == key) {
                return pair.getLong(8);
            }
            if (k < key) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return 0;
    }
}
