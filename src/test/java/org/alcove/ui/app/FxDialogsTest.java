package org.alcove.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real confirmation dialog: Enter answers Cancel, so a delete takes a deliberate choice. */
@ExtendWith(ApplicationExtension.class)
class FxDialogsTest extends FxRobot {
    private Stage owner;

    @Start
    void start(Stage primary) {
        // a window of its own: the primary stage is shared with the other window tests, which expect it as they left it
        owner = new Stage();
        owner.setScene(new Scene(new StackPane(), 300, 200));
        owner.show();
    }

    @org.junit.jupiter.api.AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.setupFixture(() -> owner.close());
    }

    @Test
    void enterOnAConfirmationAnswersCancel() {
        AtomicReference<Boolean> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(new FxDialogs(owner).confirm("Delete book", "Delete \u201cEmma\u201d?", "Delete")));
        WaitForAsyncUtils.waitForFxEvents();
        Button cancel = lookup("Cancel").queryButton();
        Button delete = lookup("Delete").queryButton();
        assertThat(cancel.isDefaultButton()).isTrue();
        assertThat(delete.isDefaultButton()).isFalse();
        push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answer.get()).isFalse();
    }
}
