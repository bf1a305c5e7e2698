package org.alcove.ui.stats;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.alcove.catalog.stats.CatalogStats;
import org.alcove.ui.stats.StatisticsViewModel.Scope;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The statistics dashboard: the scope toggle, headline figures and five charts, each exportable as
 * PNG (and the whole dashboard too). It binds to a {@link StatisticsViewModel} and draws whatever
 * figures that holds.
 */
public final class StatisticsView extends BorderPane {
    private final StatisticsViewModel vm;
    private final DashboardCharts charts;
    private final VBox dashboard;
    private final Headlines headlines = new Headlines();
    private final BiFunction<String, String, Optional<Path>> chooseFile;
    private final Consumer<String> notice;

    /**
     * @param vm the dashboard's state
     * @param chooseFile asks where to save a PNG (title, suggested name); empty when cancelled
     * @param notice reports an export's outcome, or its failure, in one line
     */
    public StatisticsView(StatisticsViewModel vm, BiFunction<String, String, Optional<Path>> chooseFile, Consumer<String> notice) {
        this.vm = vm;
        this.chooseFile = chooseFile;
        this.notice = notice;
        this.charts = new DashboardCharts(vm);
        getStyleClass().add("statistics-view");
        getStylesheets().add(StatisticsView.class.getResource("statistics-view.css").toExternalForm());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("chart-grid");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(card("Books per genre", "genres", charts.genres), 0, 0);
        grid.add(card("Top 10 authors by books", "top-authors", charts.authors), 1, 0);
        grid.add(card("Average pages per genre", "average-pages", charts.averagePages), 0, 1);
        grid.add(card("Total pages per genre", "total-pages", charts.totalPages), 1, 1);
        grid.add(card("Books per decade of publication", "decades", charts.decades), 0, 2, 2, 1);
        grid.add(card("Most used tags", "tags", empty(charts.tags, "No tags on these books yet: add them in the editor or import them")), 0, 3);
        grid.add(card("Books per rating", "ratings", empty(charts.ratings, "No ratings yet")), 1, 3);
        grid.add(card("Books read per year", "read-per-year", empty(charts.readPerYear, "No readings finished yet")), 0, 4);
        grid.add(card("Copies per location", "copies-per-location", empty(charts.locations, "No copies recorded yet")), 1, 4);

        Label shown = new Label();
        shown.getStyleClass().add("shown-scope");
        shown.setId("stats-shown-scope");
        shown.textProperty().bind(vm.shownScopeProperty());
        dashboard = new VBox(shown, headlines, grid);
        dashboard.getStyleClass().add("dashboard");
        ScrollPane scroll = new ScrollPane(dashboard);
        scroll.setFitToWidth(true);
        setTop(toolBar());
        setCenter(scroll);

        vm.statsProperty().addListener((o, old, s) -> show(s));
        vm.countingProperty().addListener((o, was, now) -> show(vm.statsProperty().get()));
        vm.collectionProperty().addListener((o, old, c) -> charts.show(c));
        show(vm.statsProperty().get());
        charts.show(vm.collectionProperty().get());
    }

    private void show(CatalogStats stats) {
        if (vm.countingProperty().get()) {
            headlines.counting();
        } else {
            headlines.show(stats);
        }
        charts.show(stats);
    }

    private ToolBar toolBar() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton whole = new ToggleButton("Whole catalogue");
        whole.setId("scope-whole");
        whole.getStyleClass().add("left-pill");
        ToggleButton search = new ToggleButton();
        search.setId("scope-search");
        search.getStyleClass().add("right-pill");
        search.textProperty().bind(vm.searchLabelProperty());
        search.setTooltip(new Tooltip("Count only the books the main window's search finds"));
        whole.setToggleGroup(group);
        search.setToggleGroup(group);
        group.selectToggle(vm.scopeProperty().get() == Scope.WHOLE_CATALOGUE ? whole : search);
        group.selectedToggleProperty().addListener((o, old, t) -> {
            if (t == null) {
                group.selectToggle(old); // one of the two is always chosen
            } else {
                vm.scopeProperty().set(t == whole ? Scope.WHOLE_CATALOGUE : Scope.CURRENT_SEARCH);
            }
        });
        vm.scopeProperty().addListener((o, old, s) -> group.selectToggle(s == Scope.WHOLE_CATALOGUE ? whole : search));

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.busyProperty());
        Label error = new Label();
        error.setId("stats-error");
        error.getStyleClass().add("error");
        error.textProperty().bind(vm.errorProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setTooltip(new Tooltip("Count again"));
        refresh.getStyleClass().add("flat");
        refresh.setOnAction(e -> vm.refresh());
        Button export = new Button("Export Dashboard\u2026", new FontIcon(Feather.IMAGE));
        export.setId("export-dashboard");
        export.setOnAction(e -> export(dashboard, "statistics"));
        Button pdf = new Button("Save as PDF\u2026", new FontIcon(Feather.FILE_TEXT));
        pdf.setId("pdf-dashboard");
        pdf.setOnAction(e -> chooseFile.apply("Save statistics as PDF", "statistics.pdf")
                .ifPresent(file -> vm.savePdf(snapshot(dashboard), file, notice)));
        Button print = new Button("Print\u2026", new FontIcon(Feather.PRINTER));
        print.setId("print-dashboard");
        print.setOnAction(e -> print());
        return new ToolBar(new HBox(whole, search), busy, error, gap, refresh, export, pdf, print);
    }

    /**
     * The dashboard as drawn now, through the system's print dialog: snapshotted here, made a one-page
     * PDF in the background (as Save as PDF makes it), then printed here.
     */
    private void print() {
        vm.printablePdf(snapshot(dashboard),
                pdf -> notice.accept(org.alcove.ui.circulation.SheetPrinter.printTemporary(pdf, getScene().getWindow()).message()), notice);
    }

    /** The chart, or in its place a sentence while it has nothing to draw (a rating chart of zeros counts as nothing). */
    private static Node empty(javafx.scene.chart.XYChart<?, ?> chart, String sentence) {
        Label note = new Label(sentence);
        note.getStyleClass().add("empty-chart");
        note.setWrapText(true);
        javafx.beans.binding.BooleanBinding nothing = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> chart.getData().stream().allMatch(s -> s.getData().stream().allMatch(StatisticsView::isZero)), chart.getData());
        // not visibility: a chart laid out while invisible comes back without its category labels
        chart.opacityProperty().bind(javafx.beans.binding.Bindings.when(nothing).then(0.0).otherwise(1.0));
        note.visibleProperty().bind(nothing);
        note.setMouseTransparent(true);
        javafx.scene.layout.StackPane pane = new javafx.scene.layout.StackPane(chart, note);
        pane.setMinHeight(260);
        return pane;
    }

    /** Whether a bar's count (its number, whichever axis it is on) is 0. */
    private static boolean isZero(javafx.scene.chart.XYChart.Data<?, ?> d) {
        Object v = d.getXValue() instanceof Number ? d.getXValue() : d.getYValue();
        return v instanceof Number n && n.doubleValue() == 0;
    }

    private VBox card(String title, String fileName, Node chart) {
        Label heading = new Label(title);
        heading.getStyleClass().add("card-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button export = new Button(null, new FontIcon(Feather.DOWNLOAD));
        export.setId("export-" + fileName);
        export.getStyleClass().add("flat");
        export.setTooltip(new Tooltip("Save this chart as PNG"));
        VBox card = new VBox(new HBox(heading, gap, export), chart);
        card.getStyleClass().add("chart-card");
        export.setOnAction(e -> export(chart, fileName)); // the chart alone, not its card's button
        VBox.setVgrow(chart, Priority.ALWAYS);
        GridPane.setMargin(card, new Insets(6));
        return card;
    }

    /** Snapshots {@code node} on the FX thread; the PNG is encoded and written in the background. */
    void export(Node node, String name) {
        chooseFile.apply("Save chart as PNG", name + ".png").ifPresent(file -> vm.savePng(snapshot(node), file, notice));
    }

    /** The PNG of {@code node} as drawn now, with the theme's background (all on the calling thread). */
    public static void writePng(Node node, Path file) {
        PngFiles.write(snapshot(node), file);
    }

    /** The node at twice its size on screen, sharp when printed or zoomed (a 560×320 chart becomes 1120×640). */
    private static WritableImage snapshot(Node node) {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(node.getScene() == null ? javafx.scene.paint.Color.WHITE : node.getScene().getFill());
        params.setTransform(javafx.scene.transform.Transform.scale(EXPORT_SCALE, EXPORT_SCALE));
        return node.snapshot(params, null);
    }

    /** How much larger than on screen a PNG export is drawn. */
    static final double EXPORT_SCALE = 2;

    /** The whole dashboard (without the tool bar), for export and screenshots. */
    public Node dashboard() {
        return dashboard;
    }

    DashboardCharts charts() {
        return charts;
    }

    Headlines headlines() {
        return headlines;
    }
}
