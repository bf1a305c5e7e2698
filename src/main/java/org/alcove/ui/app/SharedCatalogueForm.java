package org.alcove.ui.app;

import java.util.List;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * The fields of File → Open Shared Catalogue…: host, port, database and user, the recent
 * connections to fill them from, and Test connection. There is no password field: the password
 * comes from PGPASSWORD or ~/.pgpass, so Alcove never stores one.
 */
final class SharedCatalogueForm {
    private final TextField host = field("shared-host", "localhost");
    private final TextField port = field("shared-port", "5432");
    private final TextField database = field("shared-database", "");
    private final TextField user = field("shared-user", System.getProperty("user.name", ""));
    private final ComboBox<String> recent = new ComboBox<>();
    private final Label outcome = new Label("The password comes from PGPASSWORD or ~/.pgpass; Alcove never stores one.");
    private final GridPane pane = new GridPane();
    private final BooleanBinding valid;

    SharedCatalogueForm(List<String> recentUrls, Function<String, String> test) {
        recent.setId("shared-recent");
        recent.getItems().setAll(recentUrls);
        recent.setPromptText(recentUrls.isEmpty() ? "No recent connections" : "Recent connections");
        recent.setDisable(recentUrls.isEmpty());
        recent.valueProperty().addListener((o, was, url) -> fillFrom(url));
        outcome.setId("shared-outcome");
        outcome.setWrapText(true);
        outcome.setMaxWidth(380);
        Button testButton = new Button("Test connection");
        testButton.setId("shared-test");
        valid = Bindings.createBooleanBinding(() -> problem() == null, host.textProperty(), port.textProperty(),
                database.textProperty(), user.textProperty());
        javafx.beans.property.BooleanProperty testing = new javafx.beans.property.SimpleBooleanProperty();
        testButton.disableProperty().bind(valid.not().or(testing));
        testButton.setOnAction(e -> {
            String url = url();
            outcome.setText("Connecting to " + url + "\u2026");
            testing.set(true);
            Thread t = new Thread(() -> { // a server that does not answer must not hold the window
                String answer = test.apply(url);
                Platform.runLater(() -> {
                    outcome.setText(answer);
                    testing.set(false);
                });
            }, "alcove-test-connection");
            t.setDaemon(true);
            t.start();
        });
        pane.setHgap(10);
        pane.setVgap(8);
        pane.addRow(0, new Label("Recent"), recent);
        pane.addRow(1, new Label("Host"), host);
        pane.addRow(2, new Label("Port"), port);
        pane.addRow(3, new Label("Database"), database);
        pane.addRow(4, new Label("User"), user);
        pane.add(testButton, 1, 5);
        pane.add(outcome, 0, 6, 2, 1);
        for (TextField f : List.of(host, port, database, user)) {
            f.textProperty().addListener((o, was, now) -> {
                String p = problem();
                if (p != null) {
                    outcome.setText(p);
                }
            });
        }
    }

    private static TextField field(String id, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPrefColumnCount(24);
        return f;
    }

    GridPane pane() {
        return pane;
    }

    /** Whether the fields make a connection string. */
    BooleanBinding validProperty() {
        return valid;
    }

    /** The connection string the fields make: {@code postgresql://user@host:port/database}. */
    String url() {
        return "postgresql://" + user.getText().strip() + "@" + host.getText().strip() + ":" + port.getText().strip() + "/" + database.getText().strip();
    }

    /** What is wrong with the fields in one sentence, or null. */
    private String problem() {
        if (host.getText().isBlank() || database.getText().isBlank() || user.getText().isBlank()) {
            return "Give the host, the database and the user.";
        }
        if (!port.getText().strip().matches("\\d{1,5}")) {
            return "The port is a number, 5432 unless the server's administrator says otherwise.";
        }
        for (TextField f : List.of(host, database, user)) {
            if (f.getText().strip().matches(".*[\\s/@:?].*")) {
                return "The host, database and user hold no spaces, slashes, @, : or ?; the password goes in PGPASSWORD or ~/.pgpass.";
            }
        }
        return null;
    }

    /** Fills the fields from a recent connection string. */
    private void fillFrom(String url) {
        if (url == null) {
            return;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("postgres(?:ql)?://([^@/]+)@([^:/]+)(?::(\\d+))?/([^?]+).*").matcher(url);
        if (m.matches()) {
            user.setText(m.group(1));
            host.setText(m.group(2));
            port.setText(m.group(3) == null ? "5432" : m.group(3));
            database.setText(m.group(4));
        }
    }
}
