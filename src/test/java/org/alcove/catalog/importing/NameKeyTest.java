package org.alcove.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.alcove.catalog.Names;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Jane Austen|jane austen",
            "  Jane   Austen |jane austen",
            "Jane\tAusten|jane austen",
            "Jane \t Austen|jane austen",
            "ÉMILE Zola|emile zola",
            "Austen, Jane|jane austen",
            "J.R.R. Tolkien|jrr tolkien",
            "Plato|plato"})
    void authorsImportMatchNamesAcrossCaseSpacingAccentsAndOrder(String name, String key) {
        assertThat(Names.key(name)).isEqualTo(key);
    }
}
