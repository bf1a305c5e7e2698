package org.alcove.catalog.circulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Borrower;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Copy;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.search.BookSearch;
import org.alcove.catalog.search.SearchPage;
import org.alcove.catalog.search.SearchSyntaxException;
import org.alcove.orm.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** loaned:, overdue: and borrower: in the search language, against real loans (today is the real today: overdue is relative to it). */
class CirculationSearchTest {
    @TempDir
    Path dir;

    Catalog catalog;
    BookSearch search;

    @BeforeEach
    void setUp() {
        catalog = Catalog.open(dir.resolve("s.alcove"));
        Database db = catalog.db();
        Author a = db.objects(Author.class).create(new Author("Anon", null));
        for (String t : List.of("Emma", "Dune", "Kim", "Ulysses")) {
            Book b = db.objects(Book.class).create(new Book(t, a, null, null, SeedGenres.fic(), 100));
            db.objects(Copy.class).create(new Copy(b, t + "-1"));
            db.objects(Copy.class).create(new Copy(b, t + "-2"));
        }
        db.objects(Borrower.class).create(new Borrower("Ada Lovelace", "A1"));
        db.objects(Borrower.class).create(new Borrower("Ben Jonson", "B1"));
        LocalDate today = LocalDate.now();
        Circulation past = new Circulation(catalog, MovableClock.fixedAt(today.minusDays(40)));
        past.checkout("A1", "Dune-1", null); // due 26 days ago: overdue
        past.checkout("B1", "Kim-1", null);
        past.giveBack("Kim-1");               // returned late long ago: not overdue now
        Circulation now = new Circulation(catalog, MovableClock.fixedAt(today));
        now.checkout("A1", "Emma-1", null);  // both copies of Emma out: one book
        now.checkout("B1", "Emma-2", null);
        now.checkout("B1", "Kim-2", null);
        past.checkout("B1", "Ulysses-1", null);
        now.markLost("Ulysses-1");            // lost, not overdue
        search = new BookSearch(catalog);
    }

    @AfterEach
    void tearDown() {
        catalog.close();
    }

    List<String> titles(String query) {
        SearchPage page = search.page(query, 0, 50);
        assertThat(page.total()).as("total of " + query).isEqualTo(page.books().size());
        return page.books().stream().map(Book::getTitle).sorted().toList();
    }

    @Test
    void loanedFindsBooksWithACopyOutOnceEach() {
        assertThat(titles("loaned:yes")).containsExactly("Dune", "Emma", "Kim", "Ulysses");
        assertThat(titles("loaned:no")).isEmpty();
        catalog.db().execute("DELETE FROM loan WHERE barcode = ?", "Dune-1");
        assertThat(titles("loaned:no")).containsExactly("Dune");
    }

    @Test
    void overdueIsPastDueStillOutAndNotLost() {
        assertThat(titles("overdue:yes")).containsExactly("Dune");
        assertThat(titles("overdue:no")).containsExactly("Emma", "Kim", "Ulysses");
        assertThat(titles("overdue:yes or title:kim")).containsExactly("Dune", "Kim");
    }

    @Test
    void borrowerFindsWhatIsOutToThemNow() {
        assertThat(titles("borrower:ada")).containsExactly("Dune", "Emma");
        assertThat(titles("borrower:jonson")).containsExactly("Emma", "Kim", "Ulysses");
        assertThat(titles("borrower:ben and not overdue:yes")).containsExactly("Emma", "Kim", "Ulysses");
        assertThat(titles("borrower:nobody")).isEmpty();
    }

    @Test
    void aBadYesOrNoSaysWhereAndWhat() {
        assertThatThrownBy(() -> titles("title:x loaned:maybe")).isInstanceOf(SearchSyntaxException.class)
                .hasMessageContaining("'loaned' takes yes or no, got 'maybe'");
    }
}
