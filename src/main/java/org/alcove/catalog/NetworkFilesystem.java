package org.alcove.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a catalogue file sits on a network file system, where SQLite is not safe: its locks do not
 * work across machines there, its write-ahead log needs memory shared on one machine, and a catalogue
 * used from two desks can be damaged (SQLite's own documentation says so; Calibre tells its users
 * never to keep a library on a network drive). Alcove then warns and points to the shared catalogue
 * on PostgreSQL; it does not refuse, for one desk alone over a share may be all a user has.
 *
 * <p>The file system's type is what the platform reports for the file's store ({@code /proc/mounts}
 * on Linux, as {@code nfs4}, {@code cifs}, {@code fuse.sshfs}; {@code nfs} or {@code smbfs} on macOS).
 */
public final class NetworkFilesystem {
    /** File system types that reach another machine. */
    static final Set<String> NETWORK_TYPES = Set.of("nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs",
            "ncpfs", "9p", "ceph", "glusterfs", "lustre", "gpfs", "davfs", "webdav", "afpfs", "fuse.sshfs",
            "sshfs", "fuse.rclone", "fuse.glusterfs", "fuse.ceph", "fuse.davfs2", "fuse.s3fs", "fuse.gcsfuse");

    private NetworkFilesystem() {
    }

    /** The warning for the catalogue at {@code file}, when its folder is on a network file system. */
    public static Optional<String> warning(Path file) {
        return typeOf(file).flatMap(type -> warning(file, type));
    }

    /** The warning for a catalogue at {@code file} on a file system of {@code type}, if that type is a network's. */
    static Optional<String> warning(Path file, String type) {
        String t = type.toLowerCase(Locale.ROOT);
        if (!NETWORK_TYPES.contains(t)) {
            return Optional.empty();
        }
        return Optional.of(file.getFileName() + " is on a network file system (" + t + "), where SQLite's locking is"
                + " not safe and the catalogue can be damaged: keep it on this computer's own disk, or share it"
                + " through PostgreSQL (see \"A shared catalogue\" in the README).");
    }

    /** The type of the file store holding {@code file}, or of its nearest folder that exists. */
    static Optional<String> typeOf(Path file) {
        Path p = file.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        if (p == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.getFileStore(p).type());
        } catch (IOException | SecurityException e) {
            return Optional.empty(); // an unknown store: nothing to warn about
        }
    }
}
