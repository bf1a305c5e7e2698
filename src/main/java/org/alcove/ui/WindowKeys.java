package org.alcove.ui;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** The keys every secondary window answers: Escape and Ctrl+W (Cmd+W) close it, as its close button would. */
public final class WindowKeys {
    private static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);

    private WindowKeys() {
    }

    /**
     * Makes {@code stage}'s scene close it on Escape or Ctrl+W: a close request first (so a window
     * that cancels work when closed, like the import, does so), then the close unless the request
     * was consumed.
     */
    public static void closeOnEscape(Stage stage) {
        Scene scene = stage.getScene();
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || CLOSE.match(e)) {
                e.consume();
                WindowEvent request = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
                stage.fireEvent(request);
                if (!request.isConsumed()) {
                    stage.close();
                }
            }
        });
    }
}
