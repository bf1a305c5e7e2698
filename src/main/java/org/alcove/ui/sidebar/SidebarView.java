package org.alcove.ui.sidebar;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.alcove.catalog.browse.GenreCount;
import org.alcove.catalog.browse.NamedCount;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Collapsible sections of genres, authors, tags, series, reading statuses and copy locations with
 * their book counts. Picking a genre or author filters the table (a chip shows it), picking it again
 * clears it; picking a tag, series, status or location puts its term in the search field, picking
 * it again takes the term out.
 */
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
        authors.setPlaceholder(new Label("No authors"));

        TitledPane genresSection = section("Genres", "genres-section", genres);
        VBox authorsBox = new VBox(4, filter, authors);
        TitledPane authorsSection = section("Authors", "authors-section", authorsBox);
        VBox.setVgrow(authorsBox, Priority.ALWAYS);
        authors.setMinHeight(5 * 28.0 + 4);
        // the authors take the height the open sections leave; closed, they take none
        authorsSection.expandedProperty().addListener((o, was, open) -> growWhenOpen(authorsSection));
        growWhenOpen(authorsSection);
        VBox sections = new VBox(4, genresSection, authorsSection,
                new FacetSection("Tags", "tag", viewModel.tags(), viewModel, "Filter tags", "No tags", 8),
                new FacetSection("Series", "series", viewModel.series(), viewModel, "Filter series", "No series", 8),
                new FacetSection("Reading status", "status", viewModel.statuses(), viewModel, null, "", 4),
                new FacetSection("Locations", "location", viewModel.locations(), viewModel, "Filter locations", "No copy has a location", 8));
        sections.getStyleClass().add("sidebar-sections");
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true); // the content is as high as the sidebar, higher (scrolling) when the open sections need it
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);
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

    private static TitledPane section(String title, String id, javafx.scene.Node content) {
        TitledPane pane = new TitledPane(title, content);
        pane.setId(id);
        pane.setAnimated(false);
        pane.getStyleClass().addAll("sidebar-section", "dense");
        return pane;
    }

    private static void growWhenOpen(TitledPane pane) {
        VBox.setVgrow(pane, pane.isExpanded() ? Priority.ALWAYS : Priority.NEVER);
        pane.setMaxHeight(pane.isExpanded() ? Double.MAX_VALUE : Region.USE_PREF_SIZE);
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
}
