package org.alcove.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javax.imageio.ImageIO;

import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

import org.alcove.catalog.SeedGenres;
import org.alcove.ui.app.AppPreferences;
import org.alcove.ui.app.MainViewModel;
import org.alcove.ui.app.Theme;
import org.alcove.ui.importing.ImportView;
import org.alcove.ui.migrations.MigrationsView;
import org.alcove.ui.task.SynchronousTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the README screenshots from the real window with the sample catalogue:
 * {@code mvn test -Dtest=ScreenshotRender -Dalcove.screenshots=true} writes
 * {@code assets/screenshots/main-light.png} and {@code main-dark.png}, the import dialog's report
 * ({@code import-light.png}, {@code import-dark.png}) and the migrations dialog
 * ({@code migrations-light.png}, {@code migrations-dark.png}), the genres dialog
 * ({@code genres-light.png}, {@code genres-dark.png}), the circulation desk
 * ({@code circulation-light.png}, {@code circulation-dark.png}), the trash ({@code trash-light.png}, {@code trash-dark.png}), and the
 * editor's identifiers and readings ({@code editor-lists-light.png}, {@code editor-lists-dark.png}).
 */
@EnabledIfSystemProperty(named = "alcove.screenshots", matches = "true")
@ExtendWith(ApplicationExtension.class)
class ScreenshotRender extends FxRobot {
    @TempDir
    Path dir;
    private MainViewModel vm;
    private Stage stage;
    private Preferences node;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        System.setProperty("alcove.home", dir.toString());
        node = Preferences.userRoot().node("org/alcove/shots/" + UUID.randomUUID());
        vm = AlcoveApp.open(stage, new SynchronousTaskExecutor(), dialogs, new AppPreferences(node), Duration.millis(10));
        vm.start(null);
        vm.loadSample();
    }

    @Test
    void renderLightAndDark() throws IOException, BackingStoreException {
        interact(() -> {
            var table = lookup("#books-table").<javafx.scene.control.TableView<?>>query();
            table.getSelectionModel().select(3);
        });
        shoot(Theme.LIGHT, "main-light.png");
        // the dark one with a genre picked, so its filter chip shows on the search row
        interact(() -> vm.sidebar().pickGenre(SeedGenres.fic()));
        shoot(Theme.DARK, "main-dark.png");
        interact(() -> {
            vm.close();
            Application.setUserAgentStylesheet(Theme.LIGHT.stylesheet());
        });
        node.removeNode();
        System.clearProperty("alcove.home");
    }

    @Test
    void renderImportResultAndMigrations() throws IOException, BackingStoreException {
        Path csv = dir.resolve("new-arrivals.csv");
        Files.writeString(csv, String.join("\n",
                "title,author,publication_date,isbn,genre,pages",
                "The Moonstone,Wilkie Collins,1868-07-01," + isbn("978014043408") + ",FIC,528",
                "The Woman in White,Wilkie Collins,1859-11-26," + isbn("978014143961") + ",FIC,672",
                "North and South,Elizabeth Gaskell,1855-01-01,9780141439689,FIC,521",
                "Cranford,Elizabeth Gaskell,1853-06-01," + isbn("978019953834") + ",FIC,not many",
                "Middlemarch,George Eliot,1871-12-01," + isbn("978014143954") + ",FIC,880",
                "Daniel Deronda,George Eliot,1876-02-30," + isbn("978014043427") + ",FIC,800",
                "Silas Marner,George Eliot,1861-04-02," + isbn("978014143975") + ",FIC,240",
                "Adam Bede,George Eliot,1859," + isbn("978014143995"), ""));
        dialogs.fileToOpen = java.util.Optional.of(csv);
        interact(vm::openImport);
        clickOn("#import-choose");
        clickOn("#import-start");
        shootWindow(Theme.LIGHT, ImportView.class, "import-light.png");
        shootWindow(Theme.DARK, ImportView.class, "import-dark.png");
        interact(() -> window(ImportView.class).hide());
        vm.session().catalog().migrations().migrate("0001_initial", null);
        interact(vm::openMigrations);
        interact(() -> lookup("#migrations-table").<javafx.scene.control.TableView<?>>query().getSelectionModel().select(1));
        shootWindow(Theme.LIGHT, MigrationsView.class, "migrations-light.png");
        shootWindow(Theme.DARK, MigrationsView.class, "migrations-dark.png");
        interact(() -> {
            window(MigrationsView.class).hide();
            vm.close();
            Application.setUserAgentStylesheet(Theme.LIGHT.stylesheet());
        });
        node.removeNode();
        System.clearProperty("alcove.home");
    }

    @Test
    void renderGenres() throws IOException, BackingStoreException {
        var genres = vm.session().catalog().genres();
        var books = vm.session().catalog().books();
        var sf = genres.add("Science Fiction");
        var poetry = genres.add("Poetry");
        List<Long> fiction = books.filter("genre__code", "FIC").orderBy("id").valuesListFlat("id", Long.class).limit(30).list();
        books.filter("id__in", fiction.subList(0, 24)).update("genre", sf);
        books.filter("id__in", fiction.subList(24, 30)).update("genre", poetry);
        interact(vm::openGenres);
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> {
            var list = lookup("#genres-list").<javafx.scene.control.ListView<org.alcove.catalog.GenreCatalog.Entry>>query();
            list.getSelectionModel().select(list.getItems().stream().filter(e -> e.genre().getName().equals("Poetry")).findFirst().orElseThrow());
        });
        shootWindow(Theme.LIGHT, org.alcove.ui.genres.GenresView.class, "genres-light.png");
        shootWindow(Theme.DARK, org.alcove.ui.genres.GenresView.class, "genres-dark.png");
        interact(() -> {
            window(org.alcove.ui.genres.GenresView.class).hide();
            vm.close();
            Application.setUserAgentStylesheet(Theme.LIGHT.stylesheet());
        });
        node.removeNode();
        System.clearProperty("alcove.home");
    }

    @Test
    void renderCirculationDesk() throws IOException, BackingStoreException {
        var catalog = vm.session().catalog();
        var books = catalog.books().orderBy("title").limit(6).list();
        for (int i = 0; i < books.size(); i++) {
            catalog.db().objects(org.alcove.catalog.Copy.class).create(new org.alcove.catalog.Copy(books.get(i), String.format("HL-%04d", i + 1)));
        }
        var desk = new org.alcove.catalog.circulation.Circulation(catalog);
        desk.addBorrower("Amara Okafor", "P1001", "Year 8", "");
        desk.addBorrower("Jonas Lindqvist", "P1002", "Year 9", "");
        desk.addBorrower("Mei Tanaka", "S2001", "Staff", "");
        var weeksAgo = new org.alcove.catalog.circulation.Circulation(catalog,
                java.time.Clock.offset(java.time.Clock.systemDefaultZone(), java.time.Duration.ofDays(-24)));
        weeksAgo.checkout("P1002", "HL-0004", null);
        weeksAgo.checkout("S2001", "HL-0005", null);
        interact(vm::openCirculation);
        for (String code : new String[] {"HL-0006", "P1001", "HL-0001", "HL-0002", "HL-0009"}) {
            clickOn("#scan-field").write(code).type(javafx.scene.input.KeyCode.ENTER);
        }
        shootWindow(Theme.LIGHT, org.alcove.ui.circulation.CirculationView.class, "circulation-light.png");
        shootWindow(Theme.DARK, org.alcove.ui.circulation.CirculationView.class, "circulation-dark.png");
        interact(() -> {
            window(org.alcove.ui.circulation.CirculationView.class).hide();
            vm.close();
            Application.setUserAgentStylesheet(Theme.LIGHT.stylesheet());
        });
        node.removeNode();
        System.clearProperty("alcove.home");
    }

    @Test
    void renderTrash() throws IOException, BackingStoreException {
        var editing = vm.session().editing();
        var catalog = vm.session().catalog();
        editing.deleteBook(catalog.books().get("title", "Bleak House").getId());
        editing.deleteAuthor(catalog.authors().get("name", "Mary Shelley").getId());
        editing.deleteBook(catalog.books().get("title", "Emma").getId());
        interact(vm::refresh);
        interact(vm::openTrash);
        interact(() -> lookup("#trash-table").<javafx.scene.control.TableView<?>>query().getSelectionModel().select(1));
        shootWindow(Theme.LIGHT, org.alcove.ui.trash.TrashView.class, "trash-light.png");
        shootWindow(Theme.DARK, org.alcove.ui.trash.TrashView.class, "trash-dark.png");
        interact(() -> {
            window(org.alcove.ui.trash.TrashView.class).hide();
            vm.close();
            Application.setUserAgentStylesheet(Theme.LIGHT.stylesheet());
        });
        node.removeNode();
        System.clearProperty("alcove.home");
    }

    /** The window at 1024×700 with four books selected: the bulk panel, and the table scrolling sideways. */
    @Test
    void renderBulkPanelAtTenTwentyFour() throws IOException, BackingStoreException {
        interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
            stage.getScene().getWindow().sizeToScene();
        });
        interact(() -> {
            var table = lookup("#books-table").<javafx.scene.control.TableView<?>>query();
            table.getSelectionModel().selectIndices(1, 2, 4, 6);
        });
        interact(() -> stage.getScene().getRoot().resize(1024, 700));
        shootSized(Theme.LIGHT, "bulk-1024-light.png");
        shootSized(Theme.DARK, "bulk-1024-dark.png");
    }

    @Test
    void renderCovers() throws IOException, BackingStoreException {
        var catalog = vm.session().catalog();
        var covers = org.alcove.catalog.covers.Covers.of(catalog);
        int[] colours = {0x8c2f39, 0x2f5d8c, 0x3d7a4a, 0xb5832a, 0x5b3f8c, 0x2a7f8c};
        var titles = catalog.books().orderBy("-publicationDate").valuesListFlat("title", String.class).list();
        for (int i = 0; i < Math.min(titles.size(), colours.length); i++) {
            long id = catalog.books().get("title", titles.get(i)).getId();
            covers.set(id, cover(titles.get(i), colours[i]));
        }
        interact(vm::refresh);
        interact(() -> lookup("#books-table").<javafx.scene.control.TableView<?>>query().getSelectionModel().select(1));
        WaitForAsyncUtils.sleep(600, java.util.concurrent.TimeUnit.MILLISECONDS);
        shoot(Theme.LIGHT, "covers-light.png");
        shoot(Theme.DARK, "covers-dark.png");
        interact(() -> {
            vm.close();
            Application.setUserAgentStylesheet(Theme.LIGHT.stylesheet());
        });
        node.removeNode();
        System.clearProperty("alcove.home");
    }

    @Test
    void renderEditorWithIdentifiersAndReadings() throws IOException, BackingStoreException {
        var catalog = vm.session().catalog();
        var editing = new org.alcove.catalog.browse.BookEditing(catalog);
        String title = catalog.books().orderBy("-publicationDate").valuesListFlat("title", String.class).list().get(1);
        long id = catalog.books().get("title", title).getId();
        var d = editing.load(id).orElseThrow();
        var m = d.more();
        editing.save(id, new org.alcove.catalog.browse.BookDraft(d.title(), d.authorName(), d.published(), d.genre(), d.pages(), d.isbn(),
                m.with(new org.alcove.catalog.browse.BookDraft.Texts(m.texts().description(), "Signed on the title page", "Slow to start, then unputdownable."),
                        List.of(new org.alcove.catalog.browse.IdentifierRow("asin", "B000FC0SIM"),
                                new org.alcove.catalog.browse.IdentifierRow("oclc", "1036815"),
                                new org.alcove.catalog.browse.IdentifierRow("goodreads", "2657")),
                        List.of(new org.alcove.catalog.browse.ReadingRow("2019-07-02", "2019-07-20"),
                                new org.alcove.catalog.browse.ReadingRow("2024-01-05", "")))));
        interact(vm::refresh);
        interact(() -> lookup("#books-table").<javafx.scene.control.TableView<?>>query().getSelectionModel().select(1));
        WaitForAsyncUtils.sleep(600, java.util.concurrent.TimeUnit.MILLISECONDS);
        interact(() -> {
            lookup("#identifiers-pane").queryAs(javafx.scene.control.TitledPane.class).setExpanded(true);
            lookup("#readings-pane").queryAs(javafx.scene.control.TitledPane.class).setExpanded(true);
        });
        WaitForAsyncUtils.sleep(600, java.util.concurrent.TimeUnit.MILLISECONDS);
        interact(() -> lookup(".editor-view .scroll-pane").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1.0));
        shoot(Theme.LIGHT, "editor-lists-light.png");
        shoot(Theme.DARK, "editor-lists-dark.png");
        interact(() -> {
            vm.close();
            Application.setUserAgentStylesheet(Theme.LIGHT.stylesheet());
        });
        node.removeNode();
        System.clearProperty("alcove.home");
    }

    private void shootSized(Theme theme, String name) throws IOException {
        interact(() -> vm.setTheme(theme));
        WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        write(WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot().snapshot(null, null))), name);
    }

    /** A plain book cover: a coloured board with its title, as a PNG file. */
    private Path cover(String title, int rgb) throws IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(200, 300, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new java.awt.Color(rgb));
        g.fillRect(0, 0, 200, 300);
        g.setColor(new java.awt.Color(0xf4ecd8));
        g.fillRect(14, 40, 172, 4);
        g.fillRect(14, 250, 172, 4);
        g.setFont(new java.awt.Font(java.awt.Font.SERIF, java.awt.Font.BOLD, 22));
        int y = 90;
        StringBuilder line = new StringBuilder();
        for (String word : title.split(" ")) {
            if (g.getFontMetrics().stringWidth(line + " " + word) > 170 && line.length() > 0) {
                g.drawString(line.toString(), 16, y);
                y += 28;
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        g.drawString(line.toString(), 16, y);
        g.dispose();
        Path file = dir.resolve("cover-" + Integer.toHexString(rgb) + ".png");
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    /** An ISBN-13 with its check digit. */
    private static String isbn(String first12) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (first12.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return first12 + (10 - sum % 10) % 10;
    }

    private static Window window(Class<?> root) {
        return Window.getWindows().stream().filter(w -> root.isInstance(w.getScene().getRoot())).findFirst().orElseThrow();
    }

    private void shootWindow(Theme theme, Class<?> root, String name) throws IOException {
        interact(() -> vm.setTheme(theme));
        WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        write(WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> window(root).getScene().snapshot(null))), name);
    }

    private void shoot(Theme theme, String name) throws IOException {
        interact(() -> vm.setTheme(theme));
        WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        write(WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null))), name);
    }

    private static void write(WritableImage image, String name) throws IOException {
        Path out = Path.of("assets", "screenshots", name);
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }
}
