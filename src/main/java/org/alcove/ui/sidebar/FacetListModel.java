package org.alcove.ui.sidebar;

import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

import org.alcove.catalog.browse.BookBrowser;
import org.alcove.catalog.browse.BookFilter;
import org.alcove.catalog.browse.FacetCount;
import org.alcove.ui.task.LatestTask;
import org.alcove.ui.task.TaskExecutor;

/**
 * One of the sidebar's collapsible lists of values books share (tags, series, reading statuses,
 * locations) with their counts, read in the background; a collapsed list is not read until it is
 * opened, so typing a search costs nothing for lists nobody looks at.
 */
public final class FacetListModel {
    /** How the rows are read: the browser, the name filter typed (blank for all), the table's filter. */
    @FunctionalInterface
    interface Reader {
        java.util.List<FacetCount> read(BookBrowser browser, String nameFilter, BookFilter scope);
    }

    private final TaskExecutor executor;
    private final Reader reader;
    private final ObservableList<FacetCount> rows = FXCollections.observableArrayList();
    /** rows, read-only, made once: a listener on a wrapper made per call is held only weakly and lost when it is collected. */
    private final ObservableList<FacetCount> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final StringProperty nameFilter = new SimpleStringProperty(this, "nameFilter", "");
    private final BooleanProperty expanded;
    private final PauseTransition debounce;
    private final LatestTask task = new LatestTask();
    private BookBrowser browser;
    private BookFilter scope = BookFilter.ALL;
    /** Whether the rows shown were read for the browser and scope now set. */
    private boolean current;

    FacetListModel(TaskExecutor executor, Duration typingPause, boolean expandedAtFirst, Reader reader) {
        this.executor = executor;
        this.reader = reader;
        this.expanded = new SimpleBooleanProperty(this, "expanded", expandedAtFirst);
        this.debounce = new PauseTransition(typingPause);
        debounce.setOnFinished(e -> read());
        nameFilter.addListener((o, old, text) -> debounce.playFromStart());
        expanded.addListener((o, was, open) -> {
            if (open && !current) {
                read();
            }
        });
    }

    // Properties

    /** The rows: label, search term and book count. */
    public ObservableList<FacetCount> rows() {
        return rowsView;
    }

    /** The text the list is narrowed by (bound both ways to its field). */
    public StringProperty nameFilterProperty() {
        return nameFilter;
    }

    /** Whether the section is open; opening it reads its rows if they are not current. */
    public BooleanProperty expandedProperty() {
        return expanded;
    }

    // Commands

    /** Whether a typing pause is still running (a filter typed but not yet applied). */
    public boolean isWaitingForTyping() {
        return debounce.getStatus() == Animation.Status.RUNNING;
    }

    void setBrowser(BookBrowser browser) {
        this.browser = browser;
        refresh(BookFilter.ALL);
    }

    /** The table's filter changed (or the catalogue did): read again now if open, else when opened. */
    void refresh(BookFilter scope) {
        this.scope = scope;
        current = false;
        if (expanded.get() || browser == null) {
            read();
        }
    }

    private void read() {
        debounce.stop();
        task.cancel();
        BookBrowser b = browser;
        if (b == null) {
            rows.clear();
            current = true;
            return;
        }
        String text = nameFilter.get();
        BookFilter s = scope;
        current = true;
        task.start(() -> executor.submit(() -> reader.read(b, text, s), rows::setAll, error -> {
            // a search the user is still typing: keep the last counts
        }));
    }
}
