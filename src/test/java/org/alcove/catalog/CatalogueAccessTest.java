package org.alcove.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a catalogue is opened read-only, and when it may be taken as unchanging (immutable). */
class CatalogueAccessTest {
    @ParameterizedTest(name = "exists={0} file={1} folder={2} log={3}: {4}")
    @CsvSource({
            "true,  true,  true,  false, READ_WRITE",
            "true,  true,  true,  true,  READ_WRITE",
            "false, false, true,  false, READ_WRITE", // a new file in a writable folder
            "true,  false, true,  false, READ_ONLY", // a write-protected file: its owner may still change it
            "true,  false, true,  true,  READ_ONLY",
            "true,  true,  false, false, READ_ONLY_IMMUTABLE", // no log can be made beside it: no writer can work on it
            "true,  false, false, false, READ_ONLY_IMMUTABLE", // read-only media
            "true,  false, false, true,  READ_ONLY", // a log left beside it holds part of the catalogue: read it, not ignore it
            "false, false, false, false, READ_ONLY_IMMUTABLE"})
    void theDecisionFollowsWhatCanBeWritten(boolean exists, boolean fileWritable, boolean folderWritable, boolean logBeside,
            CatalogueAccess expected) {
        assertThat(CatalogueAccess.decide(exists, fileWritable, folderWritable, logBeside)).isEqualTo(expected);
    }
}
