package org.alcove.catalog.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsbnTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "0441013597|9780441013593",
        "0-441-01359-7|9780441013593",
        "978-0-441-01359-3|9780441013593",
        "'=\"0441013597\"'|9780441013593",
        "[0441013597]|9780441013593",
        "080442957X|9780804429573",
        "080442957x|9780804429573",
        "9780141439518|9780141439518",
        "979 10 90636 07 1|9791090636071",
    })
    void validIsbnsBecomeIsbn13(String raw, String expected) {
        assertThat(Isbn.toIsbn13(raw)).isEqualTo(expected);
    }

    @Test
    void badIsbn13CheckDigitNamesTheExpectedDigit() {
        assertThatThrownBy(() -> Isbn.toIsbn13("9780141439519"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("ISBN 9780141439519 has a bad check digit (expected 8)");
    }

    @Test
    void badIsbn10CheckDigitNamesTheExpectedDigit() {
        assertThatThrownBy(() -> Isbn.toIsbn13("0441013598"))
                .hasMessage("ISBN 0441013598 has a bad check digit (expected 7)");
    }

    @Test
    void wrongLengthIsReportedWithTheDigitCount() {
        assertThatThrownBy(() -> Isbn.toIsbn13("1234567"))
                .hasMessage("ISBN must have 10 or 13 digits, got 7");
    }

    @Test
    void lettersAreRejected() {
        assertThatThrownBy(() -> Isbn.toIsbn13("04410A3597"))
                .hasMessageStartingWith("ISBN 04410A3597 contains 'A'");
    }

    @Test
    void xIsOnlyACheckDigitOfIsbn10() {
        assertThatThrownBy(() -> Isbn.toIsbn13("978014143951X"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void goodreadsEmptyWrappingNormalisesToEmpty() {
        assertThat(Isbn.normalise("=\"\"")).isEmpty();
    }

    @Test
    void isbn10ConvertsTo978Isbn13() {
        assertThat(Isbn.convert10To13("0441013597")).isEqualTo("9780441013593");
    }
}
