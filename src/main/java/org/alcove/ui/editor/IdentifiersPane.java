package org.alcove.ui.editor;

import javafx.collections.FXCollections;
import javafx.scene.layout.VBox;

import org.alcove.catalog.Identifier;
import org.alcove.catalog.browse.IdentifierRow;

/**
 * The editor's identifiers table: each identifier's kind (ASIN, OCLC, LCCN, Goodreads and
 * LibraryThing ids offered, another short name typed) and value. Part of the form: saved with the
 * book by Save, all of it or nothing.
 */
final class IdentifiersPane extends VBox {
    IdentifiersPane(EditorViewModel viewModel) {
        getStyleClass().add("identifiers-pane");
        RowsTable<IdentifierRow> table = new RowsTable<>("identifiers-table", viewModel.identifierRows(),
                "No identifiers besides the ISBN")
                .choiceColumn("Kind", "identifier-scheme-column", FXCollections.observableArrayList(Identifier.KNOWN_SCHEMES),
                        IdentifierRow::scheme, (r, v) -> new IdentifierRow(v, r.value()))
                .textColumn("Value", "identifier-value-column", IdentifierRow::value, (r, v) -> new IdentifierRow(r.scheme(), v));
        table.table().getColumns().get(0).setMaxWidth(150);
        table.addButton("Add identifier", "add-identifier-button", viewModel.identifierRows()::add);
        table.removeButton("remove-identifier-button");
        getChildren().add(table);
    }
}
