package org.alcove.ui.circulation;

import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.alcove.catalog.circulation.LoanRow;
import org.alcove.catalog.circulation.ScanDesk;
import org.alcove.catalog.labels.Labels;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The circulation desk: a scan field that keeps the focus (a scanner types into it), the last
 * scan's outcome in large type (green when done, red when refused), whose turn it is, the desk's
 * log and the overdue list; below, a sheet to save as PDF.
 */
public final class CirculationView extends VBox {
    private final CirculationViewModel vm;
    private final TextField scan = new TextField();

    /** {@code close} closes the window. */
    public CirculationView(CirculationViewModel vm, Runnable close) {
        super(12);
        this.vm = vm;
        getStyleClass().add("circulation-view");
        getStylesheets().add(CirculationView.class.getResource("circulation-view.css").toExternalForm());

        scan.setId("scan-field");
        scan.getStyleClass().add("scan-field");
        scan.setPromptText("Scan a card to lend, or a copy to return it");
        scan.textProperty().bindBidirectional(vm.scanTextProperty());
        scan.setOnAction(e -> vm.scan());
        HBox.setHgrow(scan, Priority.ALWAYS);
        Button done = new Button("Done", new FontIcon(Feather.CHECK));
        done.setId("finish-button");
        done.setOnAction(e -> {
            vm.finish();
            scan.requestFocus();
        });
        HBox scanRow = new HBox(8, new FontIcon(Feather.MAXIMIZE), scan, done);
        scanRow.setAlignment(Pos.CENTER_LEFT);

        Label borrower = new Label();
        borrower.setId("scan-borrower");
        borrower.getStyleClass().add("borrower");
        borrower.textProperty().bind(vm.borrowerProperty());
        borrower.managedProperty().bind(borrower.textProperty().isNotEmpty());
        borrower.visibleProperty().bind(borrower.managedProperty());

        Label message = new Label();
        message.setId("scan-message");
        message.getStyleClass().add("message");
        message.setMaxWidth(Double.MAX_VALUE);
        message.textProperty().bind(vm.messageProperty());
        vm.outcomeProperty().addListener((o, was, now) -> style(message, now));

        Label summary = new Label();
        summary.setId("desk-summary");
        summary.textProperty().bind(vm.summaryProperty());
        VBox overdueBox = section("Overdue", overdueTable());
        overdueBox.getChildren().add(0, new HBox(12, overdueBox.getChildren().get(0), summary));
        SplitPane desk = new SplitPane(section("This session", activityTable()), overdueBox);
        desk.setOrientation(javafx.geometry.Orientation.VERTICAL);
        desk.setDividerPositions(0.5);
        javafx.scene.control.Tab deskTab = new javafx.scene.control.Tab("Desk", desk);
        javafx.scene.control.Tab borrowersTab = new javafx.scene.control.Tab("Borrowers", borrowersPane());
        borrowersTab.setId("borrowers-tab");
        javafx.scene.control.TabPane tables = new javafx.scene.control.TabPane(deskTab, borrowersTab);
        tables.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        tables.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now == borrowersTab) {
                vm.refreshBorrowers();
            }
        });
        VBox.setVgrow(tables, Priority.ALWAYS);

        TextField holdCode = new TextField();
        holdCode.setId("hold-field");
        holdCode.setPromptText("Hold a book for them: a copy's barcode or the ISBN");
        HBox.setHgrow(holdCode, Priority.ALWAYS);
        Button hold = new Button("Hold", new FontIcon(Feather.BOOKMARK));
        hold.setId("hold-button");
        Runnable placeHold = () -> {
            if (!holdCode.getText().isBlank()) {
                vm.placeHold(holdCode.getText());
                holdCode.clear();
                scan.requestFocus();
            }
        };
        hold.setOnAction(e -> placeHold.run());
        holdCode.setOnAction(e -> placeHold.run());
        HBox holdRow = new HBox(8, holdCode, hold);
        holdRow.setAlignment(Pos.CENTER_LEFT);
        holdRow.managedProperty().bind(borrower.managedProperty());
        holdRow.visibleProperty().bind(borrower.managedProperty());

        getChildren().addAll(scanRow, borrower, holdRow, message, tables, buttons(close));
        Platform.runLater(scan::requestFocus);
        vm.refresh();
    }

    /** The view model, for tests that drive the desk. */
    public CirculationViewModel viewModel() {
        return vm;
    }

    private static void style(Label message, ScanDesk.Outcome outcome) {
        message.getStyleClass().removeAll("done", "refused");
        if (outcome == ScanDesk.Outcome.REFUSED) {
            message.getStyleClass().add("refused");
        } else if (outcome == ScanDesk.Outcome.LENT || outcome == ScanDesk.Outcome.RETURNED || outcome == ScanDesk.Outcome.RENEWED) {
            message.getStyleClass().add("done");
        }
    }

    private static VBox section(String title, TableView<?> table) {
        Label label = new Label(title);
        label.getStyleClass().add("section");
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(6, label, table);
    }

    private TableView<CirculationViewModel.Activity> activityTable() {
        TableView<CirculationViewModel.Activity> table = new TableView<>(vm.activity());
        table.setId("activity-table");
        table.setPlaceholder(new Label("Nothing scanned yet"));
        table.setFocusTraversable(false);
        table.getColumns().add(column("Time", 90, a -> a.time()));
        TableColumn<CirculationViewModel.Activity, String> what = column("What happened", 640, a -> a.text());
        what.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().remove("refused");
                CirculationViewModel.Activity a = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (a != null && a.outcome() == ScanDesk.Outcome.REFUSED) {
                    getStyleClass().add("refused");
                }
            }
        });
        table.getColumns().add(what);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    /** The borrowers: a filter, the list with what each has out, and a row to add one. */
    private VBox borrowersPane() {
        TextField filter = new TextField();
        filter.setId("borrower-filter");
        filter.setPromptText("Find a borrower by name, card or group");
        filter.textProperty().bindBidirectional(vm.borrowerFilterProperty());
        filter.setOnAction(e -> vm.refreshBorrowers());
        filter.textProperty().addListener((o, was, now) -> vm.refreshBorrowers());
        TableView<org.alcove.catalog.circulation.BorrowerRow> table = new TableView<>(vm.borrowers());
        table.setId("borrowers-table");
        table.setPlaceholder(new Label("No borrowers yet: add one below, or Import Borrowers\u2026"));
        table.getColumns().add(column("Name", 220, org.alcove.catalog.circulation.BorrowerRow::name));
        table.getColumns().add(column("Card", 110, org.alcove.catalog.circulation.BorrowerRow::card));
        table.getColumns().add(column("Group", 110, org.alcove.catalog.circulation.BorrowerRow::group));
        table.getColumns().add(column("Out", 60, b -> String.valueOf(b.out())));
        table.getColumns().add(column("Overdue", 80, b -> b.overdue() == 0 ? "" : String.valueOf(b.overdue())));
        table.getColumns().add(column("Card state", 100, b -> b.active() ? "active" : "inactive"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        TextField name = new TextField();
        name.setId("new-borrower-name");
        name.setPromptText("Name");
        TextField card = new TextField();
        card.setId("new-borrower-card");
        card.setPromptText("Card number");
        TextField group = new TextField();
        group.setId("new-borrower-group");
        group.setPromptText("Group or class");
        Button add = new Button("Add Borrower", new FontIcon(Feather.USER_PLUS));
        add.setId("add-borrower-button");
        add.disableProperty().bind(name.textProperty().isEmpty().or(card.textProperty().isEmpty()));
        add.setOnAction(e -> {
            vm.addBorrower(name.getText(), card.getText(), group.getText());
            name.clear();
            card.clear();
        });
        Button delete = new Button("Delete Borrower\u2026", new FontIcon(Feather.USER_MINUS));
        delete.setId("delete-borrower-button");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> vm.deleteBorrower(table.getSelectionModel().getSelectedItem()));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DELETE && !delete.isDisabled()) {
                delete.fire();
                e.consume();
            }
        });
        HBox.setHgrow(name, Priority.ALWAYS);
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.SOMETIMES);
        HBox addRow = new HBox(8, name, card, group, add, gap, delete);
        addRow.setAlignment(Pos.CENTER_LEFT);
        VBox pane = new VBox(8, filter, table, addRow);
        pane.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        return pane;
    }

    private TableView<LoanRow> overdueTable() {
        TableView<LoanRow> table = new TableView<>(vm.overdue());
        table.setId("overdue-table");
        table.setPlaceholder(new Label("Nothing is overdue"));
        table.setFocusTraversable(false);
        TableColumn<LoanRow, String> late = column("Days late", 90, l -> String.valueOf(l.daysLate()));
        late.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().remove("late");
                if (!empty) {
                    getStyleClass().add("late");
                }
            }
        });
        table.getColumns().add(late);
        table.getColumns().add(column("Due", 100, l -> l.due().toString()));
        table.getColumns().add(column("Title", 330, LoanRow::title));
        table.getColumns().add(column("Barcode", 110, LoanRow::barcode));
        table.getColumns().add(column("Borrower", 170, LoanRow::borrower));
        table.getColumns().add(column("Group", 90, LoanRow::group));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static <S> TableColumn<S, String> column(String title, double width, Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private HBox buttons(Runnable close) {
        ChoiceBox<Labels.Kind> kind = new ChoiceBox<>();
        kind.setId("sheet-choice");
        kind.getItems().setAll(Labels.Kind.values());
        kind.valueProperty().bindBidirectional(vm.sheetProperty());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(Labels.Kind k) {
                return k == null ? "" : switch (k) {
                    case COPIES -> "Copy barcode labels";
                    case SPINE -> "Spine labels";
                    case CARDS -> "Borrower cards";
                    case OVERDUE -> "Overdue notices";
                    case SHELF_LIST -> "Shelf list";
                };
            }

            @Override
            public Labels.Kind fromString(String s) {
                return null;
            }
        });
        Button save = new Button("Save as PDF\u2026", new FontIcon(Feather.DOWNLOAD));
        save.setId("save-sheet-button");
        save.setOnAction(e -> vm.saveSheet());
        Button print = new Button("Print\u2026", new FontIcon(Feather.PRINTER));
        print.setId("print-sheet-button");
        print.setOnAction(e -> vm.printSheet(pdf -> SheetPrinter.print(pdf, getScene().getWindow())));
        Button borrowers = new Button("Import Borrowers\u2026", new FontIcon(Feather.USERS));
        borrowers.setId("import-borrowers-button");
        borrowers.setOnAction(e -> vm.importBorrowers());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button closeButton = new Button("Close");
        closeButton.setId("close-button");
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        HBox row = new HBox(8, kind, save, print, borrowers, gap, closeButton);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Keeps the scan field focused after a click elsewhere, so the next scan is not lost. */
    public void focusScan() {
        scan.requestFocus();
    }
}
