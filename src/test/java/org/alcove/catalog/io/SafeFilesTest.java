package org.alcove.catalog.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files replaced whole: synced, renamed, keeping the replaced file's permissions, and leftovers of killed runs cleaned. */
class SafeFilesTest {
    @TempDir
    Path tmp;

    private static long deadPid() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void leftoversOfDeadWritersAreRemovedAndLiveOnesAndOthersKept() throws IOException, InterruptedException {
        Path target = tmp.resolve("books.csv");
        long dead = deadPid();
        Files.writeString(tmp.resolve(".books.csv.part-" + dead + "-42"), "half a file");
        Files.writeString(tmp.resolve(".books.csv.part-" + dead), "half a backup");
        Files.writeString(tmp.resolve(".books.csv.part-" + dead + "-journal"), "its journal");
        Path legacy = Files.writeString(tmp.resolve(".books.csv8123456789.part"), "a release before the pid was named");
        Files.setLastModifiedTime(legacy, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Files.writeString(tmp.resolve(".books.csv.part-" + ProcessHandle.current().pid() + "-7"), "a write still running");
        Files.writeString(tmp.resolve(".other.csv.part-" + dead + "-1"), "another file's");
        Files.writeString(tmp.resolve(".books.csv.notes"), "not ours");
        Files.writeString(tmp.resolve(".books.csv99.part"), "legacy name, written since this run started");

        int removed = SafeFiles.removeLeftovers(target);

        assertThat(removed).isEqualTo(4);
        assertThat(names()).containsExactly(".books.csv.notes", ".books.csv.part-" + ProcessHandle.current().pid() + "-7",
                ".books.csv99.part", ".other.csv.part-" + dead + "-1");
    }

    @Test
    void replacingRemovesLeftoversAndLeavesOnlyTheTarget() throws IOException, InterruptedException {
        Path target = tmp.resolve("books.csv");
        Files.writeString(tmp.resolve(".books.csv.part-" + deadPid() + "-42"), "half a file");
        SafeFiles.replace(target, f -> Files.writeString(f, "whole"));
        assertThat(names()).containsExactly("books.csv");
        assertThat(target).hasContent("whole");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        for (String mode : List.of("rw-r--r--", "rw-rw----", "rw-------")) {
            Path target = tmp.resolve("out-" + mode + ".csv");
            Files.writeString(target, "old");
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(mode));
            SafeFiles.replace(target, f -> Files.writeString(f, "new"));
            assertThat(target).hasContent("new");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).as(mode).isEqualTo(mode);
        }
    }

    @Test
    void aNewFileGetsWhatCreatingAFileGivesNotATemporaryFilesMode() throws IOException {
        Path plain = Files.createFile(tmp.resolve("plain"));
        Path target = tmp.resolve("new.csv");
        SafeFiles.replace(target, f -> Files.writeString(f, "new"));
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isNotEqualTo("rw-------");
    }

    @Test
    void aFailedWriteLeavesTheTargetAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(tmp.resolve("books.csv"), "old");
        assertThatThrownBy(() -> SafeFiles.replace(target, f -> {
            Files.writeString(f, "half");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(names()).containsExactly("books.csv");
        assertThat(target).hasContent("old");
    }
}
