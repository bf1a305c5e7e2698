package org.alcove.ui.editor;

import java.util.List;
import java.util.function.Supplier;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A list of value rows the editor edits in a table (copies, identifiers, readings): add a blank
 * row, remove one, replace one with its edited value. Each change is told to the owner, which
 * marks the form (or the copies) as changed; filling the list from the catalogue is not a change.
 *
 * @param <R> the row, an immutable record
 */
public final class EditableRows<R> {
    private final ObservableList<R> rows = FXCollections.observableArrayList();
    private final Supplier<R> blank;
    private final Runnable changed;

    EditableRows(Supplier<R> blank, Runnable changed) {
        this.blank = blank;
        this.changed = changed;
    }

    /** The rows, in order, for a table to show (change them through this object's commands). */
    public ObservableList<R> rows() {
        return rows;
    }

    /** Adds a blank row at the end. */
    public void add() {
        rows.add(blank.get());
        changed.run();
    }

    /** Takes the row at {@code index} away; nothing for an index out of the list. */
    public void remove(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
            changed.run();
        }
    }

    /** Puts {@code row} (an edited cell's row) at {@code index}; nothing when it is the same. */
    public void edit(int index, R row) {
        if (index >= 0 && index < rows.size() && !rows.get(index).equals(row)) {
            rows.set(index, row);
            changed.run();
        }
    }

    /** The rows as they are now, for a draft. */
    List<R> snapshot() {
        return List.copyOf(rows);
    }

    /** Shows {@code read} (what the catalogue holds): not a change. */
    void fill(List<R> read) {
        rows.setAll(read);
    }
}
