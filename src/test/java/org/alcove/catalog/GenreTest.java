package org.alcove.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The four genres every catalogue starts with, found by name or code the way imports and searches name them. */
class GenreTest {
    @TempDir
    Path dir;
    Catalog catalog;

    @BeforeEach
    void open() {
        catalog = Catalog.open(dir.resolve("c.alcove"));
    }

    @AfterEach
    void close() {
        catalog.close();
    }

    @ParameterizedTest
    @CsvSource({"FIC,FIC", "fic,FIC", "' Fiction ',FIC", "Non-Fiction,NON", "nonfiction,NON", "non fiction,NON",
            "NON_FICTION,NON", "sci,SCI", "Science,SCI", "history,HIS"})
    void codesAndNamesAreFoundWhateverTheirCaseAndSeparators(String text, String code) {
        assertThat(catalog.genres().find(text)).map(Genre::getCode).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "poetry", "fi", "sci-fi", "to-read", "fiction!"})
    void otherWordsNameNoGenre(String text) {
        assertThat(catalog.genres().find(text)).isEmpty();
    }

    @Test
    void aNewCatalogueHasTheFourOriginalGenresWithTheirCodesAndTheIdsTestsRelyOn() {
        assertThat(catalog.genres().all().orderBy("id").valuesList("id", "name", "code").list()).containsExactly(
                java.util.List.of(1L, "Fiction", "FIC"), java.util.List.of(2L, "Non-Fiction", "NON"),
                java.util.List.of(3L, "Science", "SCI"), java.util.List.of(4L, "History", "HIS"));
    }

    @Test
    void theKeyFoldsCaseSpacesHyphensAndUnderscoresBeyondAscii() {
        assertThat(Genre.key(" Science-Fiction ")).isEqualTo("sciencefiction");
        assertThat(Genre.key("ÉTUDES_Classiques")).isEqualTo("étudesclassiques");
    }
}
