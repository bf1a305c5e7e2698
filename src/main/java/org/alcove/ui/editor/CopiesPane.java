package org.alcove.ui.editor;

import javafx.scene.control.Button;
import javafx.scene.layout.VBox;

import org.alcove.catalog.browse.CopyRow;

/**
 * The editor's copies table: barcode, location, call number and condition of each copy, edited in
 * place (Enter commits a cell), with Add, Remove and Save copies. Saved apart from the form, whole
 * or not at all.
 */
final class CopiesPane extends VBox {
    CopiesPane(EditorViewModel viewModel) {
        getStyleClass().add("copies-pane");
        RowsTable<CopyRow> table = new RowsTable<>("copies-table", viewModel.copyRows(), "No copies")
                .textColumn("Barcode", "copy-barcode-column", CopyRow::barcode,
                        (r, v) -> new CopyRow(r.id(), v, r.location(), r.callNumber(), r.condition()))
                .textColumn("Location", "copy-location-column", CopyRow::location,
                        (r, v) -> new CopyRow(r.id(), r.barcode(), v, r.callNumber(), r.condition()))
                .textColumn("Call no.", "copy-call-number-column", CopyRow::callNumber,
                        (r, v) -> new CopyRow(r.id(), r.barcode(), r.location(), v, r.condition()))
                .textColumn("Condition", "copy-condition-column", CopyRow::condition,
                        (r, v) -> new CopyRow(r.id(), r.barcode(), r.location(), r.callNumber(), v));
        table.addButton("Add copy", "add-copy-button", viewModel::addCopy).disableProperty().bind(viewModel.bookIdProperty().isNull());
        table.removeButton("remove-copy-button");
        Button save = new Button("Save copies");
        save.setId("save-copies-button");
        save.disableProperty().bind(viewModel.copiesDirtyProperty().not());
        save.setOnAction(e -> viewModel.saveCopies());
        table.button(save);
        getChildren().add(table);
    }
}
