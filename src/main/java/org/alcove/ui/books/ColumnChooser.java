package org.alcove.ui.books;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Which of a table's columns are shown, in what order and how wide, as the user left them: the
 * header's context menu and the View menu list every column the table has with a check box, and
 * "Reset Columns" puts back the order, widths and choice the table was built with. Whatever columns
 * the table has are listed (by their ids); a saved layout naming a column the table no longer has
 * is ignored, and a column it did not know keeps its place at the end.
 *
 * <p>The layout is text: {@code id,width,shown|id,width,shown|...} in the columns' order.
 */
public final class ColumnChooser<S> {
    private final TableView<S> table;
    private final List<TableColumn<S, ?>> builtOrder;
    private final Map<TableColumn<S, ?>, Double> builtWidth = new HashMap<>();
    private final Map<TableColumn<S, ?>, Boolean> builtShown = new HashMap<>();
    private Consumer<String> save = layout -> { };
    private boolean applying;

    /** Remembers {@code table}'s columns as they are now as its defaults; call once they are all added. */
    public ColumnChooser(TableView<S> table) {
        this.table = table;
        this.builtOrder = List.copyOf(table.getColumns());
        for (TableColumn<S, ?> c : builtOrder) {
            builtWidth.put(c, c.getPrefWidth());
            builtShown.put(c, c.isVisible());
            c.visibleProperty().addListener((o, was, shown) -> {
                if (!shown && table.getColumns().stream().noneMatch(TableColumn::isVisible)) {
                    c.setVisible(true); // the last column shown stays: a table without columns cannot get them back from its header
                }
                changed();
            });
            c.widthProperty().addListener((o, was, w) -> changed());
        }
        table.getColumns().addListener((ListChangeListener<TableColumn<S, ?>>) ch -> changed());
    }

    /** Shows the layout {@code load} gives, then hands every change (drag, resize, show, hide) to {@code save}. */
    public void remember(Supplier<String> load, Consumer<String> saveTo) {
        apply(load.get());
        this.save = saveTo;
    }

    /** The check boxes of the columns and "Reset Columns", for a menu (each call makes new items). */
    public List<MenuItem> menuItems() {
        List<MenuItem> items = new ArrayList<>();
        for (TableColumn<S, ?> c : builtOrder) {
            CheckMenuItem item = new CheckMenuItem(c.getText());
            item.setId("show-" + c.getId());
            item.selectedProperty().bindBidirectional(c.visibleProperty());
            items.add(item);
        }
        MenuItem reset = new MenuItem("Reset Columns");
        reset.setId("reset-columns");
        reset.setOnAction(e -> reset());
        items.add(new SeparatorMenuItem());
        items.add(reset);
        return items;
    }

    /** Gives every column's header the chooser as its context menu (a right click on any header). */
    public void installHeaderMenus() {
        for (TableColumn<S, ?> c : builtOrder) {
            c.setContextMenu(new ContextMenu(menuItems().toArray(MenuItem[]::new)));
        }
    }

    /** The order, widths and choice the table was built with; forgets the saved layout. */
    public void reset() {
        applying = true;
        try {
            table.getColumns().setAll(builtOrder);
            for (TableColumn<S, ?> c : builtOrder) {
                c.setPrefWidth(builtWidth.get(c));
                c.setVisible(builtShown.get(c));
            }
        } finally {
            applying = false;
        }
        save.accept("");
    }

    /** The layout now, as {@link #remember} keeps it. */
    public String layout() {
        StringBuilder out = new StringBuilder();
        for (TableColumn<S, ?> c : table.getColumns()) {
            if (out.length() > 0) {
                out.append('|');
            }
            out.append(c.getId()).append(',').append(String.format(Locale.ROOT, "%.1f", c.getWidth() > 0 ? c.getWidth() : c.getPrefWidth()))
                    .append(',').append(c.isVisible() ? '1' : '0');
        }
        return out.toString();
    }

    /** Shows {@code layout}; what it cannot read is left as built. */
    void apply(String layout) {
        if (layout == null || layout.isBlank()) {
            return;
        }
        Map<String, TableColumn<S, ?>> byId = new HashMap<>();
        builtOrder.forEach(c -> byId.put(c.getId(), c));
        List<TableColumn<S, ?>> order = new ArrayList<>();
        Map<TableColumn<S, ?>, double[]> state = new HashMap<>();
        for (String part : layout.split("\\|")) {
            String[] f = part.split(",");
            TableColumn<S, ?> c = f.length == 3 ? byId.get(f[0]) : null;
            if (c == null || order.contains(c)) {
                continue;
            }
            try {
                double width = Double.parseDouble(f[1]);
                if (!(width > 0 && width < 5000)) {
                    continue;
                }
                state.put(c, new double[] {width, "1".equals(f[2]) ? 1 : 0});
                order.add(c);
            } catch (NumberFormatException e) {
                // a part that cannot be read: that column stays as built
            }
        }
        if (order.isEmpty() || state.values().stream().noneMatch(s -> s[1] == 1)) {
            return;
        }
        builtOrder.stream().filter(c -> !order.contains(c)).forEach(order::add);
        applying = true;
        try {
            table.getColumns().setAll(order);
            state.forEach((c, s) -> {
                c.setPrefWidth(Math.max(s[0], c.getMinWidth()));
                c.setVisible(s[1] == 1);
            });
        } finally {
            applying = false;
        }
    }

    private void changed() {
        if (!applying) {
            save.accept(layout());
        }
    }
}
