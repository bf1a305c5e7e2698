package org.alcove.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GenreTest {

    @ParameterizedTest
    @CsvSource({"FIC,FIC", "fic,FIC", "' Fiction ',FIC", "Non-Fiction,NON", "nonfiction,NON", "non fiction,NON",
            "NON_FICTION,NON", "sci,SCI", "Science,SCI", "history,HIS"})
    void codesAndLabelsAreReadWhateverTheirCaseAndSeparators(String text, Genre expected) {
        assertThat(Genre.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "poetry", "fi", "sci-fi", "to-read", "fiction!"})
    void otherWordsNameNoGenre(String text) {
        assertThat(Genre.parse(text)).isEmpty();
    }

    @Test
    void theChoicesListEveryCodeWithItsLabel() {
        assertThat(Genre.choices()).isEqualTo("FIC (Fiction), NON (Non-Fiction), SCI (Science), HIS (History)");
    }
}
