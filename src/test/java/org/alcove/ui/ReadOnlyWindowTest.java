package org.alcove.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.alcove.catalog.CatalogFixture;
import org.alcove.catalog.ReadOnlyMedia;
import org.alcove.catalog.browse.BookRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** A catalogue on read-only media opens to read: a banner says so, and nothing can be changed. */
class ReadOnlyWindowTest extends MainWindowTestBase {
    ReadOnlyMedia media;
    Path folder;
    Path file;

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private void readOnlyMedia() throws Exception {
        media = ReadOnlyMedia.seeded(dir.resolve("cd"));
        folder = media.folder;
        file = media.file;
    }

    @AfterEach
    void writableAgain() throws Exception {
        if (media != null) {
            media.close();
        }
    }

    @Test
    void theCatalogueIsBrowsedButNothingCanChange() throws Exception {
        readOnlyMedia();
        interact(() -> vm.openCatalogue(file));
        settle();
        assertThat(table().getItems()).hasSize(6);
        Label banner = lookup("#read-only-banner").queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).startsWith("catalog.alcove is read-only: its folder cannot be written.");
        for (String id : new String[] {"#new-book-button", "#new-author-button", "#import-button", "#delete-button"}) {
            assertThat(lookup(id).queryAs(Button.class).isDisabled()).as(id).isTrue();
        }
        clickOn(lookup(".table-row-cell").nth(0).<javafx.scene.Node>query());
        settle();
        assertThat(lookup("#title-field").query().isDisabled()).isTrue(); // the form shows the book, takes no edits
        type(KeyCode.DELETE);
        push(KeyCode.CONTROL, KeyCode.N);
        settle();
        assertThat(dialogs.confirmations).isEmpty();
        assertThat(table().getItems()).extracting(BookRow::title).hasSize(6);
        push(KeyCode.CONTROL, KeyCode.L); // the circulation desk lends: refused, with the reason
        settle();
        assertThat(lookup("#status-notice").queryAs(Label.class).getText()).contains("is read-only");
        if (Boolean.getBoolean("alcove.screenshots")) { // mvn test -Dtest=ReadOnlyWindowTest -Dalcove.screenshots=true
            var image = org.testfx.util.WaitForAsyncUtils.waitFor(org.testfx.util.WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)));
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                    Path.of("assets", "screenshots", "read-only-light.png").toFile());
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("catalog.alcove");
        }
        interact(() -> vm.close());
    }

    @Test
    void aCatalogueANewerAlcoveMadeOpensToReadAndStaysAsItWas() throws Exception {
        try (var db = CatalogFixture.seeded(dir)) {
            db.execute("INSERT INTO alcove_migrations (app, name, applied_at) VALUES ('catalog', '0099_future', '2030-01-01T00:00:00')");
        }
        Path file = dir.resolve("catalog.alcove");
        byte[] before = Files.readAllBytes(file);
        interact(() -> vm.openCatalogue(file));
        settle();
        assertThat(table().getItems()).hasSize(6);
        Label banner = lookup("#read-only-banner").queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).contains("made by a newer Alcove", "0099_future", "open to read");
        assertThat(lookup("#new-book-button").queryAs(Button.class).isDisabled()).isTrue();
        interact(() -> vm.close());
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aDamagedCatalogueIsShownButTakesNoChanges() throws Exception {
        Path file = dir.resolve("catalog.alcove");
        try (var db = CatalogFixture.seeded(dir)) {
            db.executeScript("CREATE TABLE filler (text text)");
            for (int i = 0; i < 400; i++) {
                db.execute("INSERT INTO filler VALUES (?)", "x".repeat(500) + i);
            }
            db.executeScript("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        byte[] bytes = Files.readAllBytes(file);
        java.util.Random random = new java.util.Random(7);
        for (int page = bytes.length / 4096 - 20; page < bytes.length / 4096 - 16; page++) { // four pages of the filler (the file's last ~50)
            for (int b = 0; b < 4096; b++) {
                bytes[page * 4096 + b] = (byte) random.nextInt();
            }
        }
        Files.write(file, bytes);
        interact(() -> vm.openCatalogue(file));
        settle();
        Label banner = lookup("#read-only-banner").queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).startsWith("catalog.alcove is damaged (").contains("Restore a backup");
        assertThat(lookup("#new-book-button").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(dir.resolve("backups")).doesNotExist(); // no daily copy of a damaged file
    }

    @Test
    void aWritableCatalogueHasNoBanner() {
        openSeeded();
        settle();
        assertThat(lookup("#read-only-banner").queryAs(Label.class).isVisible()).isFalse();
        assertThat(lookup("#new-book-button").queryAs(Button.class).isDisabled()).isFalse();
    }
}
