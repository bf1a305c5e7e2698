package org.alcove.ui.app;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Shown over the window on the first run: the new catalogue is empty, load the sample or not. */
final class FirstRunView extends StackPane {
    FirstRunView(MainViewModel vm) {
        getStyleClass().add("first-run-view");
        Label title = new Label("Welcome to Alcove");
        title.getStyleClass().add("title");
        Label text = new Label();
        text.setWrapText(true);
        text.textProperty().bind(vm.titleProperty().map(t -> "A new catalogue has been created for you. "
                + "Start with the sample of classic novels and their authors, or with an empty catalogue "
                + "to fill by hand or by importing a CSV file."));
        Button sample = new Button("Load sample (" + MainViewModel.sampleSize() + " classics)", new FontIcon(Feather.BOOK_OPEN));
        sample.setId("load-sample");
        sample.getStyleClass().add("accent");
        sample.setDefaultButton(true);
        sample.setOnAction(e -> vm.loadSample());
        Button empty = new Button("Start empty");
        empty.setId("start-empty");
        empty.setOnAction(e -> vm.startEmpty());
        HBox buttons = new HBox(10, empty, sample);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox card = new VBox(14, title, text, buttons);
        card.getStyleClass().add("card");
        card.setMaxSize(460, USE_PREF_SIZE);
        getChildren().add(card);
        visibleProperty().bind(vm.firstRunProperty());
        managedProperty().bind(visibleProperty());
        // Modal for the keyboard too: the card takes the focus (Enter loads the sample), and Tab goes
        // round its two buttons instead of on to the window behind, which MainView turns off meanwhile.
        visibleProperty().addListener((o, was, shown) -> {
            if (shown) {
                javafx.application.Platform.runLater(sample::requestFocus);
            }
        });
        if (vm.firstRunProperty().get()) {
            javafx.application.Platform.runLater(sample::requestFocus);
        }
    }
}
