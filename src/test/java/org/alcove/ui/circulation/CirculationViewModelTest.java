package org.alcove.ui.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Copy;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.Loan;
import org.alcove.catalog.circulation.Circulation;
import org.alcove.catalog.circulation.ScanDesk;
import org.alcove.ui.task.HeldTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scanner faster than the database: scans typed while one is still being handled wait their turn, none lost, in order. */
class CirculationViewModelTest {
    @TempDir
    Path dir;

    @Test
    void scansThatArriveWhileOneRunsAreHandledAfterItInOrder() {
        try (Catalog catalog = Catalog.open(dir.resolve("desk.alcove"))) {
            Author a = catalog.authors().create(new Author("Anon", null));
            Book b = catalog.books().create(new Book("Kim", a, null, null, SeedGenres.fic(), 300));
            catalog.db().objects(Copy.class).create(new Copy(b, "K-1"));
            catalog.db().objects(Copy.class).create(new Copy(b, "K-2"));
            Circulation circulation = new Circulation(catalog);
            circulation.addBorrower("Ada", "P1", "", "");
            HeldTaskExecutor slow = new HeldTaskExecutor();
            CirculationViewModel vm = new CirculationViewModel(catalog, circulation, slow, name -> Optional.empty(), Optional::empty, t -> { });
            for (String code : new String[] {"P1", "K-1", "K-2"}) {
                vm.scanTextProperty().set(code);
                vm.scan();
            }
            assertThat(vm.scanTextProperty().get()).as("the field is free for the next scan at once").isEmpty();
            assertThat(slow.waiting()).as("one scan at a time reaches the database").isEqualTo(1);
            slow.runAll();
            assertThat(vm.activity()).extracting(CirculationViewModel.Activity::outcome)
                    .containsExactly(ScanDesk.Outcome.LENT, ScanDesk.Outcome.LENT, ScanDesk.Outcome.BORROWER); // newest first
            assertThat(catalog.db().objects(Loan.class).count()).isEqualTo(2);
            assertThat(vm.busyProperty().get()).isFalse();
        }
    }
}
