package org.alcove.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Copy;
import org.alcove.catalog.Loan;
import org.alcove.catalog.circulation.Circulation;
import org.alcove.catalog.labels.Labels;
import org.alcove.ui.circulation.CirculationView;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The circulation desk driven as a USB scanner drives it: codes typed into the scan field, each ended by Enter. */
class CirculationDeskTest extends MainWindowTestBase {
    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private Catalog openWithCopies() {
        openSeeded();
        Catalog catalog = vm.session().catalog();
        Book emma = catalog.books().get("title", "Emma");
        catalog.db().objects(Copy.class).create(new Copy(emma, "E-1"));
        catalog.db().objects(Copy.class).create(new Copy(emma, "E-2"));
        Circulation c = new Circulation(catalog);
        c.addBorrower("Ada Pupil", "P100", "Year 7", "");
        c.addBorrower("Ben Pupil", "P101", "Year 7", "");
        return catalog;
    }

    private void scan(String code) {
        clickOn("#scan-field").write(code).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String message() {
        return lookup("#scan-message").queryAs(Label.class).getText();
    }

    @Test
    void aCardThenCopiesLendsAndACopyAloneReturns() {
        Catalog catalog = openWithCopies();
        clickOn("Lending").clickOn("Circulation Desk\u2026");
        WaitForAsyncUtils.waitForFxEvents();
        scan("P100");
        assertThat(lookup("#scan-borrower").queryAs(Label.class).getText()).isEqualTo("Ada Pupil (Year 7) \u00b7 card P100");
        scan("E-1");
        assertThat(message()).startsWith("Lent 'Emma' (E-1) to Ada Pupil, due ");
        assertThat(lookup("#scan-message").queryAs(Label.class).getStyleClass()).contains("done");
        assertThat(lookup("#scan-field").queryAs(TextField.class).getText()).isEmpty();
        scan("P100"); // the card again ends the turn
        assertThat(lookup("#scan-borrower").queryAs(Label.class).getText()).isEmpty();
        scan("E-1");
        assertThat(message()).isEqualTo("Returned 'Emma' (E-1) from Ada Pupil.");
        assertThat(catalog.db().objects(Loan.class).filter("returned__isnull", false).count()).isEqualTo(1);
        assertThat(lookup("#activity-table").queryAs(TableView.class).getItems().size()).isEqualTo(4);
        push(KeyCode.ESCAPE);
    }

    @Test
    void aMistypedCodeIsRefusedInRedAndChangesNothing() {
        Catalog catalog = openWithCopies();
        interact(vm::openCirculation);
        scan("P101");
        scan("E-9");
        assertThat(message()).isEqualTo("No card or copy has the code 'E-9'; nothing changed.");
        assertThat(lookup("#scan-message").queryAs(Label.class).getStyleClass()).contains("refused");
        assertThat(lookup("#scan-borrower").queryAs(Label.class).getText()).startsWith("Ben Pupil");
        scan("E-2");
        scan("P100");
        scan("E-2");
        assertThat(message()).contains("is on loan to Ben Pupil");
        assertThat(catalog.db().objects(Loan.class).count()).isEqualTo(1);
        clickOn("#finish-button");
        assertThat(lookup("#scan-borrower").queryAs(Label.class).getText()).isEmpty();
        push(KeyCode.ESCAPE);
    }

    @Test
    void theOverdueListAndANoticeSavedAsPdf() throws Exception {
        Catalog catalog = openWithCopies();
        Circulation past = new Circulation(catalog, java.time.Clock.offset(java.time.Clock.systemDefaultZone(), java.time.Duration.ofDays(-20)));
        past.checkout("P101", "E-2", null);
        interact(vm::openCirculation);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> overdue = lookup("#overdue-table").queryAs(TableView.class);
        assertThat(overdue.getItems()).hasSize(1);
        assertThat(lookup("#desk-summary").queryAs(Label.class).getText()).isEqualTo("1 copy out \u00b7 1 overdue \u00b7 "
                + (java.time.LocalDate.now().minusDays(20).getMonth() == java.time.LocalDate.now().getMonth() ? "1 loan" : "0 loans") + " this month");
        Path pdf = dir.resolve("notices.pdf");
        dialogs.fileToSave = Optional.of(pdf);
        CirculationView view = lookup(".circulation-view").queryAs(CirculationView.class);
        interact(() -> view.viewModel().sheetProperty().set(Labels.Kind.OVERDUE));
        clickOn("#save-sheet-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        assertThat(message()).isEqualTo("Saved an overdue notice per borrower (1) to notices.pdf.");
        Window desk = view.getScene().getWindow();
        push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desk.isShowing()).isFalse();
    }

    @Test
    void borrowersImportFromTheDeskAndAnImportedCardLendsAtOnce() throws Exception {
        Catalog catalog = openWithCopies();
        Path csv = dir.resolve("class-7b.csv");
        Files.writeString(csv, "name,card,class\nCara New,P200,Year 7\n,P201,Year 7\n");
        dialogs.fileToOpen = Optional.of(csv);
        interact(vm::openCirculation);
        clickOn("#import-borrowers-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message()).isEqualTo("Borrowers from class-7b.csv: 1 added, 0 updated, 0 unchanged, 1 rejected; line 3: a borrower needs a name.");
        scan("P200");
        scan("E-1");
        assertThat(message()).startsWith("Lent 'Emma' (E-1) to Cara New");
        assertThat(catalog.db().objects(Loan.class).count()).isEqualTo(1);
        push(KeyCode.ESCAPE);
    }

    @Test
    void printingWithoutAPrinterSaysSoAndLeavesNoTemporaryFile() throws Exception {
        openWithCopies();
        interact(vm::openCirculation);
        long before;
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            before = files.filter(f -> f.getFileName().toString().startsWith("alcove-overdue-")).count();
        }
        clickOn("#print-sheet-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message()).isEqualTo("No printer is set up on this computer; use Save as PDF\u2026 and print the file instead.");
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("alcove-overdue-")).count()).isEqualTo(before);
        }
        push(KeyCode.ESCAPE);
    }

    @Test
    void aHoldIsPlacedForTheBorrowerWhoseTurnItIs() {
        Catalog catalog = openWithCopies();
        interact(vm::openCirculation);
        scan("P100");
        scan("E-1");
        scan("E-2");
        scan("P100");
        assertThat(lookup("#hold-field").queryAs(TextField.class).getParent().isVisible()).as("no turn, no hold row").isFalse();
        scan("P101");
        clickOn("#hold-field").write("E-1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message()).isEqualTo("Ben Pupil waits for 'Emma', number 1 in the queue.");
        clickOn("#finish-button");
        scan("E-2");
        assertThat(message()).endsWith("Put it aside: Ben Pupil (P101) is waiting for it.");
        assertThat(new Circulation(catalog).holds(catalog.books().get("title", "Emma"))).hasSize(1);
        push(KeyCode.ESCAPE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBorrowersTabListsFindsAndAddsBorrowers() {
        openWithCopies();
        interact(vm::openCirculation);
        scan("P100");
        scan("E-1");
        clickOn("#finish-button");
        clickOn("Borrowers");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<org.alcove.catalog.circulation.BorrowerRow> table = lookup("#borrowers-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(org.alcove.catalog.circulation.BorrowerRow::name, org.alcove.catalog.circulation.BorrowerRow::out)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ada Pupil", 1L), org.assertj.core.groups.Tuple.tuple("Ben Pupil", 0L));
        clickOn("#new-borrower-name").write("Cara Teacher");
        clickOn("#new-borrower-card").write("S200");
        clickOn("#new-borrower-group").write("Staff");
        clickOn("#add-borrower-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message()).isEqualTo("Added Cara Teacher with card S200.");
        assertThat(table.getItems()).hasSize(3);
        assertThat(vm.actions().undoLabelProperty().get()).isEqualTo("Undo Add Borrower Cara Teacher");
        clickOn("#new-borrower-name").write("Someone Else");
        clickOn("#new-borrower-card").write("S200");
        clickOn("#add-borrower-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message()).isEqualTo("Card S200 belongs to Cara Teacher already; nothing changed.");
        clickOn("#borrower-filter").write("staff");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(org.alcove.catalog.circulation.BorrowerRow::card).containsExactly("S200");
        push(KeyCode.ESCAPE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBorrowerIsDeletedFromTheTabAfterAConfirmationAndUndoBringsThemBack() {
        Catalog catalog = openWithCopies();
        interact(vm::openCirculation);
        scan("P100");
        scan("E-1");
        clickOn("#finish-button");
        clickOn("Borrowers");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<org.alcove.catalog.circulation.BorrowerRow> table = lookup("#borrowers-table").queryAs(TableView.class);
        javafx.scene.control.Button delete = lookup("#delete-borrower-button").queryAs(javafx.scene.control.Button.class);
        assertThat(delete.isDisabled()).as("nothing selected").isTrue();

        interact(() -> table.getSelectionModel().select(0)); // Ada, who has E-1 out
        clickOn(delete);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message()).isEqualTo("Ada Pupil has \u201cEmma\u201d (E-1) on loan; return it before deleting the borrower.");
        assertThat(table.getItems()).hasSize(2);

        dialogs.confirming = false;
        interact(() -> table.getSelectionModel().select(1)); // Ben
        clickOn(delete);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.confirmations).last().asString().startsWith("Delete Ben Pupil (card P101)?");
        assertThat(table.getItems()).as("cancelled").hasSize(2);

        dialogs.confirming = true;
        clickOn(delete);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message()).isEqualTo("Deleted Ben Pupil (card P101): in the trash; Edit \u2192 Undo brings them back.");
        assertThat(table.getItems()).extracting(org.alcove.catalog.circulation.BorrowerRow::card).containsExactly("P100");
        assertThat(catalog.db().objects(org.alcove.catalog.Borrower.class).filter("card", "P101").exists()).isFalse();
        assertThat(vm.actions().undoLabelProperty().get()).isEqualTo("Undo Delete Borrower Ben Pupil");
        push(KeyCode.ESCAPE);
        interact(() -> vm.actions().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(catalog.db().objects(org.alcove.catalog.Borrower.class).filter("card", "P101").exists()).isTrue();
    }
}
