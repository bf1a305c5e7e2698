package org.alcove.ui.editor;

import javafx.scene.layout.VBox;

import org.alcove.catalog.browse.ReadingRow;

/**
 * The editor's readings table: the day each reading started and finished, typed as YYYY-MM-DD
 * (either may stay empty). Part of the form: saved with the book by Save, all of it or nothing.
 */
final class ReadingsPane extends VBox {
    ReadingsPane(EditorViewModel viewModel) {
        getStyleClass().add("readings-pane");
        RowsTable<ReadingRow> table = new RowsTable<>("readings-table", viewModel.readingRows(),
                "No readings: add one, then type its days as YYYY-MM-DD")
                .textColumn("Started", "reading-started-column", ReadingRow::started, (r, v) -> new ReadingRow(v, r.finished()))
                .textColumn("Finished", "reading-finished-column", ReadingRow::finished, (r, v) -> new ReadingRow(r.started(), v));
        table.addButton("Add reading", "add-reading-button", viewModel.readingRows()::add);
        table.removeButton("remove-reading-button");
        getChildren().add(table);
    }
}
