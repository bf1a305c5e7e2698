package org.alcove.catalog.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImportDatesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2001-09-30, 2001-09-30",
        "2001/09/30, 2001-09-30",
        "1951, 1951-01-01",
        "[1951], 1951-01-01",
        "[2001-09-30], 2001-09-30",
        "2024-02-29, 2024-02-29",
    })
    void acceptedFormsParse(String raw, LocalDate expected) {
        assertThat(ImportDates.parse(raw)).isEqualTo(expected);
    }

    @Test
    void impossibleDateIsRejectedNamingTheValue() {
        assertThatThrownBy(() -> ImportDates.parse("2023-02-30"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("'2023-02-30' is not a real date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"30/09/2001", "Sept 2001", "2001-09", "2001-09/30", "51"})
    void unrecognisedFormsAreRejectedNamingTheValue(String raw) {
        assertThatThrownBy(() -> ImportDates.parse(raw))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("'" + raw + "' is not a date; use YYYY-MM-DD, YYYY/MM/DD or a year YYYY");
    }
}
