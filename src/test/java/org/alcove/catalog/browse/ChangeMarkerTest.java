package org.alcove.catalog.browse;

import static org.assertj.core.api.Assertions.assertThat;

import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Copy;
import org.alcove.catalog.SeededCatalogTest;
import org.alcove.catalog.circulation.Circulation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The change marker the window polls, read on one connection while another desk (a second connection) writes. */
class ChangeMarkerTest extends SeededCatalogTest {
    Catalog otherDesk;
    BookBrowser browser;
    Circulation theirDesk;

    @BeforeEach
    void openSecondDesk() {
        otherDesk = Catalog.open(catalog.db().location(), false);
        browser = new BookBrowser(catalog);
        theirDesk = new Circulation(otherDesk);
        Book emma = otherDesk.books().get("title", "Emma");
        otherDesk.db().save(new Copy(emma, "E1"));
        theirDesk.addBorrower("Ann Reader", "CARD1", "", "");
    }

    @AfterEach
    void closeSecondDesk() {
        otherDesk.close();
    }

    @Test
    void theMarkerStaysTheSameWhileNothingIsWritten() {
        assertThat(browser.changeMarker()).isEqualTo(browser.changeMarker());
    }

    @Test
    void aGenreRenamedAtAnotherDeskChangesTheMarker() {
        ChangeMarker before = browser.changeMarker();
        otherDesk.genres().rename("Fiction", "Novels");
        assertThat(browser.changeMarker()).isNotEqualTo(before);
    }

    @Test
    void aCopyLentAtAnotherDeskChangesTheMarker() {
        ChangeMarker before = browser.changeMarker();
        theirDesk.checkout("CARD1", "E1", null);
        assertThat(browser.changeMarker()).isNotEqualTo(before);
    }

    @Test
    void aCopyReturnedAtAnotherDeskChangesTheMarker() {
        theirDesk.checkout("CARD1", "E1", null);
        ChangeMarker before = browser.changeMarker();
        theirDesk.giveBack("E1");
        assertThat(browser.changeMarker()).isNotEqualTo(before);
    }

    @Test
    void aLoanRenewedOrMarkedLostAtAnotherDeskChangesTheMarker() {
        theirDesk.checkout("CARD1", "E1", null);
        ChangeMarker lent = browser.changeMarker();
        theirDesk.renew("E1");
        ChangeMarker renewed = browser.changeMarker();
        theirDesk.markLost("E1");
        assertThat(renewed).isNotEqualTo(lent);
        assertThat(browser.changeMarker()).isNotEqualTo(renewed);
    }
}
