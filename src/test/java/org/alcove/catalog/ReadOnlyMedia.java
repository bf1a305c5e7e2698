package org.alcove.catalog;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A seeded catalogue in a folder that cannot be written, as on a CD or a read-only mount: as root
 * (whom permissions do not stop) the file and folder are made immutable with {@code chattr +i},
 * otherwise read-only with chmod. A test that cannot get there is skipped. Close to make them
 * writable again, so the temporary folder can be deleted.
 */
public final class ReadOnlyMedia implements AutoCloseable {
    public final Path folder;
    public final Path file;
    private final boolean immutable;

    private ReadOnlyMedia(Path folder, Path file, boolean immutable) {
        this.folder = folder;
        this.file = file;
        this.immutable = immutable;
    }

    /** The seed tutorial's catalogue in {@code folder} (made here), then the folder and file made unwritable. */
    public static ReadOnlyMedia seeded(Path folder) throws IOException, InterruptedException {
        Files.createDirectory(folder);
        CatalogFixture.seeded(folder).close();
        Path file = folder.resolve("catalog.alcove");
        boolean immutable = false;
        if ("root".equals(System.getProperty("user.name"))) {
            immutable = new ProcessBuilder("chattr", "+i", file.toString(), folder.toString()).inheritIO().start().waitFor() == 0;
        } else {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        ReadOnlyMedia media = new ReadOnlyMedia(folder, file, immutable);
        if (Files.isWritable(folder) || Files.isWritable(file)) {
            media.close();
            assumeTrue(false, "the folder could not be made unwritable here");
        }
        return media;
    }

    @Override
    public void close() throws IOException {
        if (immutable) {
            try {
                new ProcessBuilder("chattr", "-i", file.toString(), folder.toString()).inheritIO().start().waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while making " + folder + " writable again", e);
            }
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
