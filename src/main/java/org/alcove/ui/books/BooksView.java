package org.alcove.ui.books;

import java.time.LocalDate;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.alcove.catalog.browse.BookRow;
import org.alcove.catalog.browse.SortKey;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The search field above the books table; sorting a column asks the view model to re-query. */
public final class BooksView extends VBox {
    private final BooksViewModel viewModel;
    private final CustomTextField search = (CustomTextField) TextFields.createClearableTextField();
    private final Label searchError = new Label();
    private final TableView<BookRow> table = new TableView<>();
    private ColumnChooser<BookRow> columns;
    private boolean syncingSort;
    private final CoverThumbnails thumbnails = new CoverThumbnails(CoverThumbnails.TABLE_HEIGHT, 512);

    public BooksView(BooksViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("books-view");
        getStylesheets().add(BooksView.class.getResource("books-view.css").toExternalForm());

        search.setId("search-field");
        search.setPromptText("Search: words, title:…, author:…, genre:fiction, pages:>400, year:1800..1850");
        search.setLeft(new FontIcon(Feather.SEARCH));
        search.textProperty().bindBidirectional(viewModel.searchTextProperty());
        search.setOnAction(e -> viewModel.searchNow());
        HBox.setHgrow(search, Priority.ALWAYS);

        searchError.setId("search-error");
        searchError.getStyleClass().add("search-error");
        searchError.textProperty().bind(viewModel.searchErrorProperty());
        searchError.visibleProperty().bind(viewModel.searchErrorProperty().isNotEmpty());
        searchError.managedProperty().bind(searchError.visibleProperty());
        searchError.setWrapText(true);

        HBox searchRow = new HBox(8, search);
        searchRow.setAlignment(Pos.CENTER_LEFT);
        searchRow.getStyleClass().add("search-row");

        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(searchRow, searchError, table);
    }

    /**
     * Shows {@code chips} (the filters besides the search text, each removable) on the search row,
     * after the field, so every filter on the table is in sight.
     */
    public void showFilterChips(Node chips) {
        HBox row = (HBox) getChildren().get(0);
        row.getChildren().add(chips);
    }

    /** Puts the caret in the search field (Edit → Find). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public TableView<BookRow> table() {
        return table;
    }

    /** Which columns are shown, in what order and how wide (header menu, View → Columns, remembered). */
    public ColumnChooser<BookRow> columns() {
        return columns;
    }

    private void buildTable() {
        table.setId("books-table");
        table.setItems(viewModel.items());
        table.setFixedCellSize(30);
        table.setPlaceholder(new Label("No books match"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<BookRow, String> title = column("Title", SortKey.TITLE, BookRow::title, 250);
        TableColumn<BookRow, String> author = column("Author", SortKey.AUTHOR, BookRow::author, 200);
        TableColumn<BookRow, String> genre = column("Genre", SortKey.GENRE, BookRow::genre, 100);
        TableColumn<BookRow, LocalDate> published = column("Published", SortKey.PUBLISHED, BookRow::published, 100);
        TableColumn<BookRow, Integer> pages = column("Pages", SortKey.PAGES, BookRow::pages, 70);
        pages.getStyleClass().add("numeric");
        TableColumn<BookRow, String> isbn = column("ISBN", SortKey.ISBN, BookRow::isbn, 130);
        // short values keep their width; title and author take what is left
        fixed(genre, 108); // "Non-Fiction" whole
        fixed(published, 102);
        fixed(pages, 62);
        fixed(isbn, 128);
        // wide enough for the names people have ("Ursula K. Le Guin", "Virginia Woolf") and a title's first words
        title.setMinWidth(180);
        author.setMinWidth(170);
        table.getColumns().add(title);
        table.getColumns().add(author);
        table.getColumns().add(genre);
        table.getColumns().add(published);
        table.getColumns().add(pages);
        table.getColumns().add(isbn);
        table.getColumns().add(coverColumn()); // last, so the columns before it keep their places
        // Columns fill the table while their least widths fit; in a narrower window (1024 px wide) they keep
        // those widths and the table scrolls sideways, rather than pushing the last ones out of reach.
        table.widthProperty().addListener((o, was, w) -> fitOrScroll());
        table.getColumns().forEach(c -> c.visibleProperty().addListener((o, was, shown) -> fitOrScroll()));
        columns = new ColumnChooser<>(table);
        columns.installHeaderMenus();
        published.setSortType(TableColumn.SortType.DESCENDING);
        syncingSort = true;
        table.getSortOrder().add(published);
        syncingSort = false;
        table.setSortPolicy(t -> {
            if (!syncingSort) {
                requestSort();
            }
            return true;
        });
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> viewModel.select(row));
        table.getSelectionModel().getSelectedIndices().addListener((javafx.collections.ListChangeListener<Integer>) c ->
                viewModel.setSelection(table.getSelectionModel().getSelectedIndices().stream().mapToInt(Integer::intValue).toArray()));
        viewModel.items().addListener((javafx.collections.ListChangeListener<BookRow>) c -> {
            Long again = viewModel.takeReselect();
            int at = again == null ? -1 : viewModel.items().indexOfBook(again);
            if (at >= 0) {
                table.getSelectionModel().clearAndSelect(at); // a book just saved stays selected, in its new place
            }
            viewModel.select(table.getSelectionModel().getSelectedItem());
        });
        viewModel.reselectProperty().addListener((o, was, index) -> { // a re-read keeps the book selected
            if (index.intValue() >= 0 && table.getSelectionModel().getSelectedIndex() != index.intValue()) {
                table.getSelectionModel().clearAndSelect(index.intValue());
            }
        });
    }

    private void fitOrScroll() {
        double least = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
        boolean fits = table.getWidth() - 20 >= least; // 20: the vertical scroll bar and the borders
        var policy = fits ? TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS : TableView.UNCONSTRAINED_RESIZE_POLICY;
        if (table.getColumnResizePolicy() != policy) {
            table.setColumnResizePolicy(policy);
        }
    }

    /** The covers' thumbnails: an ordinary column, not sortable; only the rows on screen ask for theirs. */
    private TableColumn<BookRow, String> coverColumn() {
        TableColumn<BookRow, String> c = new TableColumn<>();
        c.setId("cover-column");
        Label header = new Label(null, new FontIcon(Feather.IMAGE)); // "Cover" would not fit a thumbnail's width
        header.setTooltip(new javafx.scene.control.Tooltip("Cover"));
        header.setAccessibleText("Cover");
        c.setGraphic(header);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                cell.getValue() == PagedBookList.LOADING ? null : cell.getValue().cover()));
        c.setCellFactory(col -> new CoverCell(thumbnails, viewModel::coverFile));
        fixed(c, 36);
        return c;
    }

    private void requestSort() {
        if (table.getSortOrder().isEmpty()) {
            viewModel.sortBy(SortKey.PUBLISHED, true);
            return;
        }
        TableColumn<BookRow, ?> first = table.getSortOrder().get(0);
        viewModel.sortBy((SortKey) first.getUserData(), first.getSortType() == TableColumn.SortType.DESCENDING);
    }

    private static void fixed(TableColumn<BookRow, ?> c, double width) {
        c.setMinWidth(width);
        c.setMaxWidth(width * 1.3);
    }

    private static <T> TableColumn<BookRow, T> column(String name, SortKey key, Function<BookRow, T> value, double width) {
        TableColumn<BookRow, T> c = new TableColumn<>(name);
        c.setId("column-" + key.name().toLowerCase(java.util.Locale.ROOT));
        c.setUserData(key);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                cell.getValue() == PagedBookList.LOADING ? null : value.apply(cell.getValue())));
        return c;
    }
}
