package org.alcove.catalog.io;

import static org.alcove.catalog.io.TestFiles.errors;
import static org.alcove.catalog.io.TestFiles.readAuthors;
import static org.alcove.catalog.io.TestFiles.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthorCsvReaderTest {

    @TempDir
    Path dir;

    @Test
    void authorsWithAndWithoutBirthDatesAreRead() throws IOException {
        Path file = TestFiles.write(dir, "authors.csv", "name,birth_date,biography\r\n"
                + "Émile Zola,1840-04-02,\"Novelist,\r\njournalist\"\r\nAnonymous,,\r\n");
        assertThat(valid(readAuthors(file))).containsExactly(
                new AuthorRecord(2, "Émile Zola", LocalDate.of(1840, 4, 2), "Novelist,\r\njournalist"),
                new AuthorRecord(4, "Anonymous", null, ""));
    }

    @Test
    void badBirthDateAndMissingNameAreReported() throws IOException {
        Path file = TestFiles.write(dir, "authors.csv",
                "name,birth_date\nZola,1840-02-30\n,1900\nOk,1900\n");
        assertThat(errors(readAuthors(file))).extracting(RowError::line, RowError::field)
                .containsExactly(tuple(2L, "birth_date"), tuple(3L, "name"));
    }

    @Test
    void tooLongNameIsReported() throws IOException {
        Path file = TestFiles.write(dir, "authors.csv", "name\n" + "é".repeat(101) + "\n");
        assertThat(errors(readAuthors(file))).extracting(RowError::message)
                .containsExactly("name is 101 characters long; the most is 100");
    }

    @Test
    void missingNameColumnIsReported() {
        Path file = TestFiles.write(dir, "authors.csv", "author,biography\n");
        assertThatThrownBy(() -> AuthorCsvReader.open(file)).isInstanceOf(MissingColumnException.class)
                .hasMessage("authors.csv has no 'name' column; found: author, biography");
    }
}
