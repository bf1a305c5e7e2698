package org.alcove.catalog.trash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;

import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Copy;
import org.alcove.catalog.SeededCatalogTest;
import org.alcove.catalog.TrashItem;
import org.alcove.catalog.TrashKind;
import org.alcove.catalog.browse.BookEditing;
import org.alcove.catalog.browse.CatalogueException;
import org.alcove.catalog.circulation.Circulation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The trash on a real catalogue file: deletes are kept whole, restored with their ids, emptied by hand or by age. */
class TrashTest extends SeededCatalogTest {
    BookEditing editing;
    Trash trash;

    @BeforeEach
    void services() {
        editing = new BookEditing(catalog);
        trash = editing.trash();
    }

    private long idOf(String title) {
        return catalog.books().get("title", title).getId();
    }

    @Test
    void aDeletedBookIsListedInTheTrashWithItsTitleAuthorAndTime() {
        long hobbit = idOf("The Hobbit");
        LocalDateTime before = LocalDateTime.now().minusSeconds(1);
        editing.deleteBook(hobbit);
        List<TrashEntry> list = trash.list();
        assertThat(list).hasSize(1);
        TrashEntry e = list.get(0);
        assertThat(e.kind()).isEqualTo(TrashKind.BOOK);
        assertThat(e.originalId()).isEqualTo(hobbit);
        assertThat(e.describe()).isEqualTo("\u201cThe Hobbit\u201d by J.R.R. Tolkien");
        assertThat(e.deletedAt()).isAfter(before);
    }

    @Test
    void aRestoredBookComesBackWithItsIdAndCopiesAndLeavesTheTrash() {
        long hobbit = idOf("The Hobbit");
        catalog.db().save(new Copy(catalog.books().get("id", hobbit), "H-1"));
        editing.deleteBook(hobbit);
        assertThat(catalog.db().objects(Copy.class).count()).isZero();
        TrashEntry restored = trash.restore(trash.list().get(0).id());
        assertThat(restored.title()).isEqualTo("The Hobbit");
        assertThat(catalog.books().get("id", hobbit).getTitle()).isEqualTo("The Hobbit");
        assertThat(catalog.db().objects(Copy.class).get("barcode", "H-1").getBook().getId()).isEqualTo(hobbit);
        assertThat(trash.list()).isEmpty();
    }

    @Test
    void aDeletedAuthorGoesToTheTrashWithItsBooksAndComesBackWithThem() {
        long austen = catalog.authors().get("name", "Jane Austen").getId();
        assertThat(editing.deleteAuthor(austen)).isEqualTo(3);
        assertThat(trash.list()).extracting(TrashEntry::describe).containsExactly("Jane Austen and 3 books");
        trash.restore(trash.list().get(0).id());
        assertThat(catalog.books().filter("author", austen).count()).isEqualTo(3);
    }

    @Test
    void aBookWhoseIsbnAnotherBookNowHasIsNotRestoredAndNothingChanges() {
        Book emma = catalog.books().get("title", "Emma");
        String isbn = emma.getIsbn();
        editing.deleteBook(emma.getId());
        Book other = catalog.books().get("title", "The Hobbit");
        other.setIsbn(isbn);
        catalog.db().save(other);
        long id = trash.list().get(0).id();
        assertThatThrownBy(() -> trash.restore(id)).isInstanceOf(TrashException.class)
                .hasMessage("\u201cEmma\u201d by Jane Austen cannot be restored: another book now has its isbn " + isbn + "; nothing was changed.");
        assertThat(trash.find(id)).isPresent();
        assertThat(catalog.books().filter("title", "Emma").exists()).isFalse();
    }

    @Test
    void aBookWhoseAuthorIsGoneTooIsRefusedUntilTheAuthorIsBack() {
        Book emma = catalog.books().selectRelated("author").get("title", "Emma");
        editing.deleteBook(emma.getId());
        editing.deleteAuthor(emma.getAuthor().getId());
        TrashEntry book = trash.list().stream().filter(e -> e.kind() == TrashKind.BOOK).findFirst().orElseThrow();
        TrashEntry author = trash.list().stream().filter(e -> e.kind() == TrashKind.AUTHOR).findFirst().orElseThrow();
        assertThatThrownBy(() -> trash.restore(book.id())).isInstanceOf(TrashException.class)
                .hasMessageContaining("its author is no longer in the catalogue (restore the author from the trash first)");
        trash.restore(author.id());
        trash.restore(book.id());
        assertThat(catalog.books().get("id", emma.getId()).getAuthor().getName()).isEqualTo("Jane Austen");
    }

    @Test
    void anUnknownTrashNumberIsAClearSentence() {
        assertThatThrownBy(() -> trash.restore(999)).isInstanceOf(TrashException.class)
                .hasMessage("Nothing numbered 999 is in the trash (see alcove trash list).");
    }

    @Test
    void emptyingLetsEverythingGoAndOlderThanOnlyTheOld() {
        editing.deleteBook(idOf("The Hobbit"));
        editing.deleteBook(idOf("Emma"));
        age(trash.list().get(1).id(), 40);
        assertThat(trash.emptyOlderThan(30)).isEqualTo(1);
        assertThat(trash.list()).extracting(TrashEntry::title).containsExactly("Emma");
        assertThat(trash.empty()).isEqualTo(1);
        assertThat(trash.count()).isZero();
    }

    @Test
    void openingTheCatalogueInTheWindowLetsGoWhatIsOlderThanThirtyDays() {
        editing.deleteBook(idOf("The Hobbit"));
        editing.deleteBook(idOf("Emma"));
        age(trash.list().get(1).id(), 31);
        catalog.close();
        try (org.alcove.catalog.browse.CatalogSession session = org.alcove.catalog.browse.CatalogSession.open(dir.resolve("catalog.alcove"))) {
            assertThat(session.damage()).isEmpty();
            assertThat(session.purgeTrash()).isEqualTo(1);
            assertThat(Trash.of(session.catalog()).list()).extracting(TrashEntry::title).containsExactly("Emma");
        }
        catalog = Catalog.open(dir.resolve("catalog.alcove"));
    }

    @Test
    void aBorrowerWithACopyOutIsNotDeletedAndOneWithHistoryComesBackLinkedToIt() {
        Circulation desk = new Circulation(catalog);
        Book hobbit = catalog.books().get("title", "The Hobbit");
        catalog.db().save(new Copy(hobbit, "H-1"));
        desk.addBorrower("Ada Pupil", "P1", "Year 7", "");
        desk.checkout("P1", "H-1", null);
        assertThatThrownBy(() -> desk.deleteBorrower("P1")).hasMessage("Ada Pupil has \u201cThe Hobbit\u201d (H-1) on loan; return it before deleting the borrower.");
        desk.giveBack("H-1");
        desk.deleteBorrower("P1");
        assertThat(catalog.db().query("SELECT borrower_id FROM loan", List.of(), rs -> rs.getObject(1))).containsExactly((Object) null);
        trash.restore(trash.list().get(0).id());
        assertThat(catalog.db().objects(org.alcove.catalog.Loan.class).filter("borrower__card", "P1").count()).isEqualTo(1);
    }

    @Test
    void aBookWithACopyOnLoanIsRefusedAndStaysOutOfTheTrash() {
        Circulation desk = new Circulation(catalog);
        Book hobbit = catalog.books().get("title", "The Hobbit");
        catalog.db().save(new Copy(hobbit, "H-1"));
        desk.addBorrower("Ada Pupil", "P1", "", "");
        desk.checkout("P1", "H-1", null);
        assertThatThrownBy(() -> editing.deleteBook(hobbit.getId())).isInstanceOf(CatalogueException.class)
                .hasMessage("\u201cThe Hobbit\u201d has a copy (H-1) on loan to Ada Pupil; return it before deleting the book.");
        assertThat(trash.count()).isZero();
    }

    private void age(long trashId, int days) {
        catalog.db().objects(TrashItem.class).filter("id", trashId)
                .update(java.util.Map.of("deletedAt", LocalDateTime.now().minusDays(days)));
    }
}
