package org.alcove.ui.sidebar;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.alcove.catalog.browse.FacetCount;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A collapsible sidebar section of tags, series, statuses or locations with their counts. Clicking
 * a row (or Enter on it) puts its term in the search field, clicking it again takes it out; a row
 * whose term the search holds is drawn picked.
 */
final class FacetSection extends TitledPane {
    private static final PseudoClass PICKED = PseudoClass.getPseudoClass("picked");
    static final double ROW_HEIGHT = 28;

    /**
     * @param idBase   the section's node ids: {@code idBase-section}, {@code idBase-list}, {@code idBase-filter}
     * @param filterPrompt the name filter's prompt, or null for a list with none (the four statuses)
     * @param empty    what an empty list says
     */
    FacetSection(String title, String idBase, FacetListModel model, SidebarViewModel sidebar, String filterPrompt, String empty, int rowsShown) {
        setText(title);
        setId(idBase + "-section");
        setAnimated(false);
        getStyleClass().addAll("sidebar-section", "dense");
        expandedProperty().bindBidirectional(model.expandedProperty());

        ListView<FacetCount> list = new ListView<>(model.rows());
        list.setId(idBase + "-list");
        list.setPlaceholder(new Label(empty));
        list.setFixedCellSize(ROW_HEIGHT);
        list.setCellFactory(l -> new PickableCell(sidebar));
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(1, Math.min(rowsShown, list.getItems().size())) * ROW_HEIGHT + 4, list.getItems()));
        list.setMinHeight(Region.USE_PREF_SIZE);
        list.setMaxHeight(Region.USE_PREF_SIZE);
        // the rows are replaced when the search changes; picked marks follow the applied search
        sidebar.appliedSearchProperty().addListener((o, old, s) -> list.refresh());
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            FacetCount row = rowAt(e.getTarget());
            if (row != null && e.isPrimaryButtonDown()) {
                sidebar.pick(row);
                e.consume();
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            FacetCount row = list.getFocusModel().getFocusedItem();
            if (row != null && (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE)) {
                sidebar.pick(row);
                e.consume();
            }
        });

        VBox content = new VBox(4);
        if (filterPrompt != null) {
            CustomTextField filter = (CustomTextField) TextFields.createClearableTextField();
            filter.setId(idBase + "-filter");
            filter.setPromptText(filterPrompt);
            filter.setLeft(new FontIcon(Feather.FILTER));
            filter.textProperty().bindBidirectional(model.nameFilterProperty());
            content.getChildren().add(filter);
        }
        content.getChildren().add(list);
        setContent(content);
    }

    private static FacetCount rowAt(Object target) {
        Node n = target instanceof Node node ? node : null;
        while (n != null && !(n instanceof ListCell<?>)) {
            n = n.getParent();
        }
        return n instanceof ListCell<?> cell && !cell.isEmpty() && cell.getItem() instanceof FacetCount row ? row : null;
    }

    /** A row drawn picked while the search holds its term. */
    private static final class PickableCell extends CountCell<FacetCount> {
        private final SidebarViewModel sidebar;

        PickableCell(SidebarViewModel sidebar) {
            super(FacetCount::label, FacetCount::count);
            this.sidebar = sidebar;
        }

        @Override
        protected void updateItem(FacetCount item, boolean empty) {
            super.updateItem(item, empty);
            pseudoClassStateChanged(PICKED, !empty && item != null && sidebar.isPicked(item));
        }
    }
}
