package org.alcove.ui.sidebar;

import java.text.NumberFormat;
import java.util.function.Function;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.alcove.catalog.browse.GenreCount;
import org.alcove.catalog.browse.NamedCount;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Genres and authors with their book counts; picking one filters the table, picking it again clears it. */
public final class SidebarView extends VBox {
    private final SidebarViewModel viewModel;
    /** True while the lists show a pick made elsewhere, so showing it picks nothing. */
    private boolean syncing;

    public SidebarView(SidebarViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("sidebar-view");
        getStylesheets().add(SidebarView.class.getResource("sidebar-view.css").toExternalForm());

        ListView<GenreCount> genres = new ListView<>();
        holdPicksWhileReplaced(viewModel.genres());
        genres.setItems(viewModel.genres());
        genres.setId("genre-list");
        genres.setCellFactory(l -> new CountCell<>(g -> g.genre().getName(), GenreCount::count));
        genres.setFixedCellSize(28);
        // one row per genre, between one and six rows high; more scroll
        genres.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(1, Math.min(6, genres.getItems().size())) * 28.0 + 4, genres.getItems()));
        genres.setMinHeight(Region.USE_PREF_SIZE);
        genres.getSelectionModel().selectedItemProperty().addListener((o, old, g) -> {
            if (!syncing) {
                viewModel.pickGenre(g == null ? null : g.genre());
            }
        });
        // The pick lives in the view model (a dashboard click or a filter chip may change it): the list
        // shows it, also after new counts replace the list's rows, which clears a list's selection.
        viewModel.pickedGenreProperty().addListener((o, old, g) -> showPicked(genres, g));
        genres.getItems().addListener((ListChangeListener<GenreCount>) c -> {
            syncing = false;
            showPicked(genres, viewModel.pickedGenreProperty().get());
        });

        CustomTextField filter = (CustomTextField) TextFields.createClearableTextField();
        filter.setId("author-filter");
        filter.setPromptText("Filter authors");
        filter.setLeft(new FontIcon(Feather.FILTER));
        filter.textProperty().bindBidirectional(viewModel.authorFilterProperty());

        ListView<NamedCount> authors = new ListView<>();
        holdPicksWhileReplaced(viewModel.authors());
        authors.setItems(viewModel.authors());
        authors.setId("author-list");
        authors.setCellFactory(l -> new CountCell<>(NamedCount::name, NamedCount::count));
        authors.setFixedCellSize(28);
        authors.getSelectionModel().selectedItemProperty().addListener((o, old, a) -> {
            if (!syncing) {
                viewModel.pickAuthor(a);
            }
        });
        VBox.setVgrow(authors, Priority.ALWAYS);

        Label genresTitle = heading("Genres");
        Label authorsTitle = heading("Authors");
        getChildren().addAll(genresTitle, genres, authorsTitle, filter, authors);
        installDeselectOnSecondClick(genres);
        installDeselectOnSecondClick(authors);
        viewModel.pickedAuthorProperty().addListener((o, old, a) -> {
            if (a == null) {
                authors.getSelectionModel().clearSelection();
            }
        });
        authors.getItems().addListener((ListChangeListener<NamedCount>) c -> {
            syncing = false;
            NamedCount picked = viewModel.pickedAuthorProperty().get();
            syncing = true;
            try {
                authors.getItems().stream().filter(a -> picked != null && a.id() == picked.id()).findFirst()
                        .ifPresent(authors.getSelectionModel()::select);
            } finally {
                syncing = false;
            }
        });
    }

    /**
     * New counts replace a list's rows, and a list view clears its selection then, which would
     * unpick what the user picked. The lists' listeners run in the order they were added: this one,
     * added before the list view's own, turns picking off until the one added after it has shown
     * the pick again.
     */
    private <T> void holdPicksWhileReplaced(javafx.collections.ObservableList<T> rows) {
        rows.addListener((ListChangeListener<T>) c -> syncing = true);
    }

    /** Selects {@code genre}'s row (none for null) without picking anything again. */
    private void showPicked(ListView<GenreCount> genres, org.alcove.catalog.Genre genre) {
        syncing = true;
        try {
            genres.getItems().stream().filter(g -> java.util.Objects.equals(g.genre(), genre)).findFirst()
                    .ifPresentOrElse(genres.getSelectionModel()::select, genres.getSelectionModel()::clearSelection);
        } finally {
            syncing = false;
        }
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("heading");
        return l;
    }

    /** Clicking the selected row again clears the filter it set. */
    private static <T> void installDeselectOnSecondClick(ListView<T> list) {
        list.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getTarget() instanceof javafx.scene.Node n) {
                while (n != null && !(n instanceof ListCell<?>)) {
                    n = n.getParent();
                }
                if (n instanceof ListCell<?> cell && !cell.isEmpty() && cell.isSelected()) {
                    list.getSelectionModel().clearSelection();
                    e.consume();
                }
            }
        });
    }

    /** A name on the left and its count on the right. */
    private static final class CountCell<T> extends ListCell<T> {
        private final Function<T, String> name;
        private final Function<T, Long> count;
        private final Label nameLabel = new Label();
        private final Label countLabel = new Label();
        private final HBox box;

        CountCell(Function<T, String> name, Function<T, Long> count) {
            this.name = name;
            this.count = count;
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            nameLabel.setMinWidth(0);
            countLabel.getStyleClass().add("count");
            countLabel.setMinWidth(Region.USE_PREF_SIZE);
            box = new HBox(6, nameLabel, gap, countLabel);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            // size to the list, not to the longest name, so counts stay in view
            setPrefWidth(0);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                nameLabel.setText(name.apply(item));
                countLabel.setText(NumberFormat.getIntegerInstance().format(count.apply(item)));
                setGraphic(box);
            }
            setText(null);
        }
    }
}
