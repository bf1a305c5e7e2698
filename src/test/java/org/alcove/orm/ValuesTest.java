package org.alcove.orm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValuesTest {
    @ParameterizedTest
    @CsvSource({"1813-01-28", "0001-01-01", "0476-09-04", "1999-12-31", "2024-02-29", "9999-12-31"})
    void datesAreBoundAsIsoText(String iso) {
        assertThat(IsoDates.dateText(LocalDate.parse(iso))).isEqualTo(iso).isEqualTo(LocalDate.parse(iso).toString());
    }
}
