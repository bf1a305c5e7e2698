package org.alcove.ui.stats;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.alcove.catalog.stats.CatalogStats;

/** The dashboard's row of headline figures: books, authors, pages, average, oldest and newest. */
final class Headlines extends HBox {
    private final Label books = figure("headline-books");
    private final Label authors = figure("headline-authors");
    private final Label pages = figure("headline-pages");
    private final Label average = figure("headline-average");
    private final Label oldest = figure("headline-oldest");
    private final Label newest = figure("headline-newest");
    private final Label oldestBook = caption("");
    private final Label newestBook = caption("");

    Headlines() {
        getStyleClass().add("headlines");
        getChildren().addAll(tile(books, caption("books")), tile(authors, caption("authors")),
                tile(pages, caption("pages in all")), tile(average, caption("pages on average")),
                tile(oldest, oldestBook), tile(newest, newestBook));
    }

    void show(CatalogStats s) {
        books.setText(StatisticsViewModel.count(s.books()));
        authors.setText(StatisticsViewModel.count(s.authors()));
        pages.setText(StatisticsViewModel.compact(s.pagesTotal())); // 150,000,000 does not fit a tile: 150.0 M
        pages.setTooltip(new Tooltip(StatisticsViewModel.count(s.pagesTotal()) + " pages"));
        average.setText(StatisticsViewModel.average(s.pagesAverage()));
        oldest.setText(StatisticsViewModel.year(s.oldest()));
        newest.setText(StatisticsViewModel.year(s.newest()));
        describe(oldestBook, "oldest", StatisticsViewModel.describe(s.oldest()));
        describe(newestBook, "newest", StatisticsViewModel.describe(s.newest()));
    }

    /** No figures yet: an ellipsis in each tile, not a zero that reads as an empty catalogue. */
    void counting() {
        for (Label figure : new Label[] {books, authors, pages, average, oldest, newest}) {
            figure.setText("\u2026");
            figure.setTooltip(null);
        }
        oldestBook.setText("oldest");
        newestBook.setText("newest");
        oldestBook.setTooltip(null);
        newestBook.setTooltip(null);
    }

    private static void describe(Label label, String which, String book) {
        label.setText(which + ": " + book);
        label.setTooltip(new Tooltip(which + ": " + book));
    }

    private static VBox tile(Label value, Label caption) {
        VBox tile = new VBox(value, caption);
        tile.getStyleClass().add("headline");
        HBox.setHgrow(tile, Priority.ALWAYS);
        tile.setMinWidth(0);
        tile.setPrefWidth(120); // equal shares: long captions wrap instead of squeezing the figures
        tile.setMaxWidth(Double.MAX_VALUE);
        return tile;
    }

    private static Label figure(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("figure");
        return l;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("caption");
        l.setWrapText(true);
        return l;
    }
}
