package org.alcove.catalog.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real export files of {@code src/test/resources/org/alcove/catalog/io/real} (see its README), copied out for a test. */
public final class RealExports {
    private RealExports() {
    }

    /**
     * Copies one real export into {@code dir}.
     *
     * @param dir the test's folder
     * @param name the file's name, such as {@code goodreads.csv}
     * @return the copy
     * @throws IOException if it cannot be copied
     */
    public static Path copy(Path dir, String name) throws IOException {
        try (InputStream in = RealExports.class.getResourceAsStream("real/" + name)) {
            if (in == null) {
                throw new IOException("no real export named " + name);
            }
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }
}
