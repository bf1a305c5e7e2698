package org.alcove.catalog.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.SeededCatalogTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two desks (two connections, as two windows or two computers) editing one catalogue. */
class SharedEditingTest extends SeededCatalogTest {
    Catalog otherDesk;
    BookEditing mine;
    BookEditing theirs;
    long emma;

    @BeforeEach
    void openSecondDesk() {
        otherDesk = Catalog.open(catalog.db().location(), false);
        mine = new BookEditing(catalog);
        theirs = new BookEditing(otherDesk);
        emma = catalog.books().get("title", "Emma").getId();
    }

    @AfterEach
    void closeSecondDesk() {
        otherDesk.close();
    }

    private static BookDraft titled(BookDraft d, String title) {
        return new BookDraft(title, d.authorName(), d.published(), d.genre(), d.pages(), d.isbn(), d.more());
    }

    private static BookDraft paged(BookDraft d, String pages) {
        return new BookDraft(d.title(), d.authorName(), d.published(), d.genre(), pages, d.isbn(), d.more());
    }

    @Test
    void eachSaveMovesTheBookToItsNextVersion() {
        EditedBook opened = mine.open(emma).orElseThrow();
        EditedBook saved = mine.saveOver(opened, titled(opened.draft(), "Emma (Penguin)"));
        assertThat(saved.version()).isEqualTo(opened.version() + 1);
        assertThat(saved.draft().title()).isEqualTo("Emma (Penguin)");
        assertThat(mine.saveOver(saved, titled(saved.draft(), "Emma")).version()).isEqualTo(opened.version() + 2);
    }

    @Test
    void aSaveOverAnotherDesksSaveIsRefusedNamingWhatDiffers() {
        EditedBook mineOpened = mine.open(emma).orElseThrow();
        EditedBook theirsOpened = theirs.open(emma).orElseThrow();
        theirs.saveOver(theirsOpened, titled(theirsOpened.draft(), "Emma (their edition)"));
        BookDraft myDraft = paged(titled(mineOpened.draft(), "Emma (my edition)"), "500");

        assertThatThrownBy(() -> mine.saveOver(mineOpened, myDraft)).isInstanceOfSatisfying(EditConflictException.class, e -> {
            assertThat(e.differences()).containsExactly(
                    new FieldDifference(BookField.TITLE, "Emma (their edition)", "Emma (my edition)", true),
                    new FieldDifference(BookField.PAGES, "474", "500", false));
            assertThat(e.theirs().version()).isEqualTo(mineOpened.version() + 1);
            assertThat(e).hasMessage("\u201cEmma (their edition)\u201d was changed on another desk since you opened it: Title (theirs \u201cEmma (their edition)\u201d,"
                    + " yours \u201cEmma (my edition)\u201d), Pages (theirs \u201c474\u201d, yours \u201c500\u201d). Nothing was saved; keep yours or take theirs.");
        });
        assertThat(catalog.books().get("id", emma).getTitle()).isEqualTo("Emma (their edition)");
        assertThat(catalog.books().get("id", emma).getPages()).isEqualTo(474);
    }

    @Test
    void keepingMineSavesOverTheirsAtTheirVersion() {
        EditedBook mineOpened = mine.open(emma).orElseThrow();
        EditedBook theirsOpened = theirs.open(emma).orElseThrow();
        theirs.saveOver(theirsOpened, titled(theirsOpened.draft(), "Emma (their edition)"));
        BookDraft myDraft = titled(mineOpened.draft(), "Emma (my edition)");
        EditConflictException conflict = org.assertj.core.api.Assertions.catchThrowableOfType(() -> mine.saveOver(mineOpened, myDraft),
                EditConflictException.class);
        EditedBook kept = mine.saveOver(conflict.theirs(), myDraft);
        assertThat(otherDesk.books().get("id", emma).getTitle()).isEqualTo("Emma (my edition)");
        assertThat(kept.version()).isEqualTo(mineOpened.version() + 2);
        // and the other desk, still holding what it saved, is told in its turn
        assertThatThrownBy(() -> theirs.saveOver(conflict.theirs(), paged(conflict.theirs().draft(), "1"))).isInstanceOf(EditConflictException.class);
    }

    @Test
    void twoDesksSavingTheSameValuesDoNotConflict() {
        EditedBook mineOpened = mine.open(emma).orElseThrow();
        EditedBook theirsOpened = theirs.open(emma).orElseThrow();
        theirs.saveOver(theirsOpened, titled(theirsOpened.draft(), "Emma (Penguin)"));
        EditedBook saved = mine.saveOver(mineOpened, titled(mineOpened.draft(), "Emma (Penguin)"));
        assertThat(saved.version()).isEqualTo(mineOpened.version() + 2);
    }

    @Test
    void aSaveOfABookAnotherDeskDeletedSaysSoAndCreatesNothing() {
        EditedBook mineOpened = mine.open(emma).orElseThrow();
        theirs.deleteBook(emma);
        assertThatThrownBy(() -> mine.saveOver(mineOpened, titled(mineOpened.draft(), "Emma again"))).isInstanceOf(CatalogueException.class)
                .hasMessage("\u201cEmma again\u201d was deleted on another desk, so it was not saved; restore it from the trash (Edit \u2192 Trash\u2026) to edit it again.");
        assertThat(catalog.books().filter("title__startswith", "Emma").exists()).isFalse();
    }

    @Test
    void undoingAnEditMovesTheVersionOnSoAFormReadBeforeIsToldItChanged() {
        EditedBook opened = mine.open(emma).orElseThrow();
        EditedBook saved = mine.saveOver(opened, titled(opened.draft(), "Emma (Penguin)"));
        EditedBook theirsOpened = theirs.open(emma).orElseThrow();
        mine.undo();
        assertThat(catalog.books().get("id", emma).getVersion()).isEqualTo(saved.version() + 1);
        assertThatThrownBy(() -> theirs.saveOver(theirsOpened, paged(theirsOpened.draft(), "475"))).isInstanceOf(EditConflictException.class);
    }

    @Test
    void anAuthorSavedOverAnotherDesksSaveIsRefusedInOneSentenceAndTheirsKept() {
        long austen = catalog.authors().get("name", "Jane Austen").getId();
        AuthorDetails mineRead = mine.authorDetails(austen).orElseThrow();
        AuthorDetails theirsRead = theirs.authorDetails(austen).orElseThrow();
        theirs.updateAuthor(theirsRead.edited("J. Austen", theirsRead.birthDate(), theirsRead.biography()));

        assertThatThrownBy(() -> mine.updateAuthor(mineRead.edited("Jane Austen (1775-1817)", mineRead.birthDate(), "Six novels.")))
                .isInstanceOf(CatalogueException.class)
                .hasMessage("The author \u201cJ. Austen\u201d was changed on another desk since you opened it, so nothing was saved;"
                        + " edit the author again to see their change and make yours over it.");
        assertThat(catalog.authors().get("id", austen).getName()).isEqualTo("J. Austen");
        assertThat(catalog.authors().get("id", austen).getBiography()).isEqualTo(mineRead.biography());
    }

    @Test
    void anAuthorReadAgainAfterAnotherDesksSaveSavesOverIt() {
        long austen = catalog.authors().get("name", "Jane Austen").getId();
        AuthorDetails theirsRead = theirs.authorDetails(austen).orElseThrow();
        theirs.updateAuthor(theirsRead.edited("J. Austen", theirsRead.birthDate(), theirsRead.biography()));
        AuthorDetails again = mine.authorDetails(austen).orElseThrow();
        mine.updateAuthor(again.edited("Jane Austen (1775-1817)", again.birthDate(), again.biography()));
        assertThat(otherDesk.authors().get("id", austen).getName()).isEqualTo("Jane Austen (1775-1817)");
        assertThat(otherDesk.authors().get("id", austen).getVersion()).isEqualTo(again.version() + 1);
    }

    @Test
    void anAuthorDeletedOnAnotherDeskIsNotSavedAndSaysSo() {
        long orwell = catalog.authors().get("name", "George Orwell").getId();
        AuthorDetails mineRead = mine.authorDetails(orwell).orElseThrow();
        theirs.deleteAuthor(orwell);
        assertThatThrownBy(() -> mine.updateAuthor(mineRead.edited("Eric Blair", mineRead.birthDate(), "")))
                .isInstanceOf(CatalogueException.class).hasMessage("The author \u201cEric Blair\u201d was deleted on another desk, so it was not saved;"
                        + " restore it from the trash (Edit \u2192 Trash\u2026) to edit it again.");
        assertThat(catalog.authors().filter("name", "Eric Blair").exists()).isFalse();
    }
}
