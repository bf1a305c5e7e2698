package org.alcove.ui.importing;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.alcove.catalog.importing.ImportReport;
import org.alcove.catalog.io.RowError;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The import dialog's last page: what was imported, the rejected rows, Save report… and Close. */
final class ImportResultView extends VBox {
    ImportResultView(ImportViewModel vm, Runnable close) {
        super(12);
        getStyleClass().addAll("page", "result");
        Label headline = new Label();
        headline.setId("import-headline");
        headline.getStyleClass().add("headline");
        headline.setWrapText(true);
        headline.textProperty().bind(vm.headlineProperty());
        vm.reportProperty().addListener((o, old, r) -> {
            headline.getStyleClass().removeAll("committed", "not-committed");
            if (r != null) {
                headline.getStyleClass().add(r.committed() ? "committed" : "not-committed");
            }
        });

        GridPane counts = new GridPane();
        counts.getStyleClass().add("counts");
        ObservableValue<ImportReport> report = vm.reportProperty();
        count(counts, 0, "Rows read", "count-read", report.map(r -> ImportViewModel.count(r.rowsRead())));
        count(counts, 1, "Imported", "count-imported", report.map(r -> ImportViewModel.count(r.imported())));
        count(counts, 2, "Matched", "count-matched", report.map(r -> ImportViewModel.count(r.matched())));
        count(counts, 3, "Rejected", "count-rejected", report.map(r -> ImportViewModel.count(r.rejected())));
        count(counts, 4, "New authors", "count-authors", report.map(r -> ImportViewModel.count(r.authorsCreated())));
        count(counts, 5, "Warnings", "count-warnings", report.map(r -> ImportViewModel.count(r.warnings().size())
                + (r.warningsTruncated() ? "+" : "")));

        Label warnings = new Label();
        warnings.setId("import-warnings");
        warnings.setWrapText(true);
        warnings.textProperty().bind(report.map(ImportResultView::warningLines).orElse(""));
        warnings.visibleProperty().bind(warnings.textProperty().isNotEmpty());
        warnings.managedProperty().bind(warnings.visibleProperty());

        Label rejectedTitle = new Label("Rejected rows");
        rejectedTitle.getStyleClass().add("section");
        TableView<RowError> table = rejectedTable(vm);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label truncated = new Label();
        truncated.getStyleClass().add("note");
        truncated.textProperty().bind(report.map(r -> r.errorsTruncated()
                ? "Only the first " + ImportViewModel.count(r.errors().size()) + " problems are listed." : "").orElse(""));
        truncated.managedProperty().bind(truncated.textProperty().isNotEmpty());

        Label saved = new Label();
        saved.setId("import-report-saved");
        saved.getStyleClass().add("note");
        saved.textProperty().bind(vm.reportSavedProperty());
        Button save = new Button("Save report\u2026", new FontIcon(Feather.SAVE));
        save.setId("import-save-report");
        save.disableProperty().bind(report.map(r -> r.errors().isEmpty()).orElse(true));
        save.setOnAction(e -> vm.saveReport());
        Button done = new Button("Close");
        done.setId("import-close");
        done.getStyleClass().add("accent");
        done.setDefaultButton(true);
        done.setOnAction(e -> close.run());
        VBox footer = new VBox(6, saved, ImportView.buttons(save, done));
        getChildren().addAll(headline, counts, warnings, rejectedTitle, table, truncated, footer);
    }

    private static void count(GridPane grid, int column, String label, String id, ObservableValue<String> value) {
        Label number = new Label();
        number.setId(id);
        number.getStyleClass().add("number");
        number.textProperty().bind(value.orElse(""));
        Label caption = new Label(label);
        caption.getStyleClass().add("caption");
        VBox cell = new VBox(2, number, caption);
        cell.getStyleClass().add("count");
        grid.add(cell, column, 0);
    }

    /** A column as wide as its content needs, leaving the rest to the last one. */
    static void fixed(TableColumn<?, ?> column, double width) {
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setMaxWidth(width * 1.5);
    }

    private static TableView<RowError> rejectedTable(ImportViewModel vm) {
        TableView<RowError> table = new TableView<>(vm.rejected());
        table.setId("import-rejected");
        table.setPlaceholder(new Label("No row was rejected"));
        TableColumn<RowError, Long> line = new TableColumn<>("Line");
        line.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line()));
        fixed(line, 70);
        line.getStyleClass().add("line");
        TableColumn<RowError, String> field = new TableColumn<>("Field");
        field.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().field()));
        fixed(field, 160);
        TableColumn<RowError, String> reason = new TableColumn<>("Reason");
        reason.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        reason.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null ? null : new Tooltip(text));
            }
        });
        table.getColumns().setAll(java.util.List.of(line, field, reason));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    /** The first warnings, a line each: what was done to imported rows (bytes re-decoded, an ISBN taken from the other column). */
    static String warningLines(ImportReport r) {
        StringBuilder b = new StringBuilder();
        for (org.alcove.catalog.io.ImportWarning w : r.warnings().subList(0, Math.min(5, r.warnings().size()))) {
            b.append(b.length() == 0 ? "" : "\n").append("Line ").append(w.line()).append(", ").append(w.field())
                    .append(": ").append(w.message());
        }
        if (r.warnings().size() > 5) {
            b.append("\n… and ").append(ImportViewModel.count(r.warnings().size() - 5)).append(" more (alcove import --json lists up to 1,000).");
        }
        return b.toString();
    }
}
