package org.alcove.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The warning for a catalogue on a network file system. No network share can be mounted by a
 * test here, so the types are the ones Linux and macOS report for such shares, checked by name;
 * the temporary folder's real type is read and must not warn.
 */
class NetworkFilesystemTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "NFS4"})
    void aNetworkShareIsWarnedOfWithTheWayOut(String type) {
        assertThat(NetworkFilesystem.warning(dir.resolve("books.alcove"), type)).hasValueSatisfying(w -> assertThat(w)
                .startsWith("books.alcove is on a network file system (" + type.toLowerCase(java.util.Locale.ROOT) + ")")
                .contains("can be damaged", "PostgreSQL"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ext4", "xfs", "btrfs", "tmpfs", "overlay", "apfs", "ntfs", "zfs", "fuse.encfs"})
    void aLocalDiskIsNot(String type) {
        assertThat(NetworkFilesystem.warning(dir.resolve("books.alcove"), type)).isEmpty();
    }

    @Test
    void theTypeIsTheRealStoresOfTheFileOrItsNearestFolder() throws Exception {
        Path missing = dir.resolve("not/yet/books.alcove");
        assertThat(NetworkFilesystem.typeOf(missing)).hasValue(Files.getFileStore(dir).type());
        assertThat(NetworkFilesystem.warning(missing)).isEmpty();
    }

    @Test
    void aLocalCatalogueOpensWithNoWarningLine() {
        StringWriter err = new StringWriter();
        int code = org.alcove.cli.AlcoveCommand.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "--db", dir.resolve("c.alcove").toString(), "migrate");
        assertThat(code).isZero();
        assertThat(err.toString()).doesNotContain("network");
    }
}
