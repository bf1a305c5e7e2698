package org.alcove.ui.sidebar;

import java.text.NumberFormat;
import java.util.function.Function;

import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A sidebar row: a name on the left and its count on the right. */
class CountCell<T> extends ListCell<T> {
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
        nameLabel.getStyleClass().add("name");
        countLabel.getStyleClass().add("count");
        countLabel.setMinWidth(Region.USE_PREF_SIZE);
        box = new HBox(6, nameLabel, gap, countLabel);
        box.setAlignment(Pos.CENTER_LEFT);
        // size to the list, not to the longest name, so counts stay in view
        setPrefWidth(0);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
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
