package org.alcove.catalog.io;

/**
 * Remembers the line each ISBN-13 was first seen on, as an open-addressing table of two long
 * arrays (about 32 bytes per ISBN at worst, so half a million books take some 16 MB).
 */
final class IsbnFirstLines {

    private long[] keys = new long[1024];
    private long[] lines = new long[1024];
    private int size;

    /**
     * Records the ISBN on the line unless it was seen before.
     *
     * @param isbn13 thirteen digits (never 0 as a number, which marks empty slots)
     * @param line the line it is on
     * @return the line it was first seen on, or 0 if this is the first time
     */
    long putIfAbsent(String isbn13, long line) {
        long key = Long.parseLong(isbn13);
        int slot = find(keys, key);
        if (keys[slot] == key) {
            return lines[slot];
        }
        keys[slot] = key;
        lines[slot] = line;
        if (++size * 2 > keys.length) {
            grow();
        }
        return 0;
    }

    /**
     * The line the ISBN was first seen on.
     *
     * @param isbn13 thirteen digits
     * @return the line, or 0 if not seen
     */
    long lineOf(String isbn13) {
        long key = Long.parseLong(isbn13);
        int slot = find(keys, key);
        return keys[slot] == key ? lines[slot] : 0;
    }

    private static int find(long[] table, long key) {
        int mask = table.length - 1;
        int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (table[slot] != 0 && table[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        lines = new long[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = find(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                lines[slot] = oldLines[i];
            }
        }
    }
}
