package org.alcove.ui.editor;

import java.util.function.BiFunction;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.alcove.catalog.browse.CopyRow;

/**
 * The editor's copies table: barcode, location, call number and condition of each copy, edited in
 * place (Enter commits a cell), with Add, Remove and Save copies. Saved apart from the form, whole
 * or not at all.
 */
final class CopiesPane extends VBox {
    private final EditorViewModel viewModel;
    private final TableView<CopyRow> table = new TableView<>();

    CopiesPane(EditorViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("copies-pane");
        table.setId("copies-table");
        table.setItems(viewModel.copies());
        table.setEditable(true);
        table.setPrefHeight(140);
        table.setPlaceholder(new Label("No copies"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column("Barcode", "copy-barcode-column", CopyRow::barcode,
                (r, v) -> new CopyRow(r.id(), v, r.location(), r.callNumber(), r.condition())));
        table.getColumns().add(column("Location", "copy-location-column", CopyRow::location,
                (r, v) -> new CopyRow(r.id(), r.barcode(), v, r.callNumber(), r.condition())));
        table.getColumns().add(column("Call no.", "copy-call-number-column", CopyRow::callNumber,
                (r, v) -> new CopyRow(r.id(), r.barcode(), r.location(), v, r.condition())));
        table.getColumns().add(column("Condition", "copy-condition-column", CopyRow::condition,
                (r, v) -> new CopyRow(r.id(), r.barcode(), r.location(), r.callNumber(), v)));

        Button add = new Button("Add copy");
        add.setId("add-copy-button");
        add.disableProperty().bind(viewModel.bookIdProperty().isNull());
        add.setOnAction(e -> {
            viewModel.addCopy();
            table.getSelectionModel().selectLast();
        });
        Button remove = new Button("Remove");
        remove.setId("remove-copy-button");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> viewModel.removeCopy(table.getSelectionModel().getSelectedIndex()));
        Button save = new Button("Save copies");
        save.setId("save-copies-button");
        save.disableProperty().bind(viewModel.copiesDirtyProperty().not());
        save.setOnAction(e -> viewModel.saveCopies());
        HBox buttons = new HBox(6, add, remove, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        setSpacing(6);
        getChildren().addAll(table, buttons);
    }

    private TableColumn<CopyRow, String> column(String name, String id, Function<CopyRow, String> value,
            BiFunction<CopyRow, String, CopyRow> with) {
        TableColumn<CopyRow, String> c = new TableColumn<>(name);
        c.setId(id);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> viewModel.editCopy(e.getTablePosition().getRow(), with.apply(e.getRowValue(), e.getNewValue())));
        return c;
    }
}
