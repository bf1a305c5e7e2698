package org.alcove.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The desktop application (a placeholder window until the main window lands). */
public final class AlcoveApp extends Application {

    /** Starts JavaFX with this application. */
    public static void launchWith(String[] args) {
        Application.launch(AlcoveApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Alcove");
        stage.setScene(new Scene(new StackPane(new Label("Alcove")), 900, 600));
        stage.show();
    }
}
