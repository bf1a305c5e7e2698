package org.alcove.catalog.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The list cells of the full books CSV: separators inside values survive, blank items do not count. */
class FullBookCsvTest {

    @Test
    void itemsHoldingTheSeparatorsAndTheEscapeComeBackAsTheyWere() {
        List<String> items = List.of("Fagles; Robert", "a|b", "C:\\books\\", "plain", "Ελληνικά");
        String cell = FullBookCsv.joinItems(items);
        assertThat(cell).isEqualTo("Fagles\\; Robert; a\\|b; C:\\\\books\\\\; plain; Ελληνικά");
        assertThat(FullBookCsv.items(cell).stream().map(FullBookCsv::unescape).toList()).isEqualTo(items);
    }

    @Test
    void blankItemsAreLeftOut() {
        assertThat(FullBookCsv.items(" a ;; ;b;")).containsExactly("a", "b");
        assertThat(FullBookCsv.items("")).isEmpty();
    }

    @Test
    void aCopyKeepsItsEmptyMiddleFieldsAndDropsTrailingOnes() {
        String item = FullBookCsv.joinFields(java.util.Arrays.asList("A1", null, "823 | X", "", null, null));
        assertThat(item).isEqualTo("A1 |  | 823 \\| X");
        assertThat(FullBookCsv.fields(item)).containsExactly("A1", "", "823 | X");
        assertThat(FullBookCsv.joinFields(java.util.Arrays.asList(null, null, "", null, null, null))).isEqualTo("|");
        assertThat(FullBookCsv.fields("|")).containsExactly("", "");
    }

    @Test
    void anAuthorIsWrittenBareUnlessItsNameEndsInAParenthesis() {
        assertThat(FullBookCsv.credit("Homer", "author")).isEqualTo("Homer");
        assertThat(FullBookCsv.credit("Robert Fagles", "translator")).isEqualTo("Robert Fagles (translator)");
        assertThat(FullBookCsv.credit("Prince (musician)", "author")).isEqualTo("Prince (musician) (author)");
    }

    @Test
    void aFormulaLikeCellIsRestored() {
        assertThat(FullBookCsv.cell("'-700")).isEqualTo("-700");
        assertThat(FullBookCsv.cell("'plain")).isEqualTo("'plain");
    }
}
