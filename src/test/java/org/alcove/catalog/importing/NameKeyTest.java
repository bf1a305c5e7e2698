package org.alcove.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Jane Austen|jane austen",
            "  Jane   Austen |jane austen",
            "Jane\tAusten|jane austen",
            "Jane \t Austen|jane austen",
            "ÉMILE Zola|émile zola",
            "Plato|plato"})
    void namesCompareIgnoringCaseAndSpacing(String name, String key) {
        assertThat(ImportTally.nameKey(name)).isEqualTo(key);
    }
}
