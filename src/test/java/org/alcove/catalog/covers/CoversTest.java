package org.alcove.catalog.covers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.alcove.catalog.Author;
import org.alcove.catalog.BackupService;
import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Restore;
import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.TrashKind;
import org.alcove.catalog.trash.Trash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoversTest {
    @TempDir
    Path dir;

    static Path image(Path where, String format, int rgb) throws IOException {
        BufferedImage img = new BufferedImage(30, 45, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 30; x++) {
            for (int y = 0; y < 45; y++) {
                img.setRGB(x, y, rgb);
            }
        }
        ImageIO.write(img, format, where.toFile());
        return where;
    }

    Catalog catalog() {
        return Catalog.open(dir.resolve("c.alcove"));
    }

    static long book(Catalog catalog, String title) {
        Author a = catalog.authors().create(new Author("Mary Shelley", null));
        return catalog.books().create(new Book(title, a, null, null, SeedGenres.fic(), 280)).getId();
    }

    @Test
    void aCoverIsStoredBesideTheCatalogueNamedByItsContent() throws Exception {
        Path png = image(dir.resolve("front.png"), "png", 0xff0000);
        try (Catalog catalog = catalog()) {
            long id = book(catalog, "Frankenstein");
            Covers covers = Covers.of(catalog);
            String name = covers.set(id, png);
            assertThat(name).matches("[0-9a-f]{64}\\.png");
            assertThat(covers.folder()).isEqualTo(dir.resolve("c.covers"));
            assertThat(covers.path(id)).contains(dir.resolve("c.covers").resolve(name));
            assertThat(Files.readAllBytes(covers.path(id).orElseThrow())).isEqualTo(Files.readAllBytes(png));
            assertThat(covers.exists(id)).isTrue();
            assertThat(catalog.books().get("id", id).getCover()).isEqualTo(name);
        }
    }

    @Test
    void eachImageKindIsKnownByItsFirstBytesWhateverItsNameAndNearMissesAreRefused() throws Exception {
        try (Catalog catalog = catalog()) {
            long id = book(catalog, "Frankenstein");
            Covers covers = Covers.of(catalog);
            assertThat(covers.set(id, image(dir.resolve("a.png"), "jpg", 0x112233))).endsWith(".jpg");
            assertThat(covers.set(id, image(dir.resolve("b.jpg"), "gif", 0x445566))).endsWith(".gif");
            assertThat(covers.set(id, image(dir.resolve("c.gif"), "bmp", 0x778899))).endsWith(".bmp");
            String kept = catalog.books().get("id", id).getCover();
            for (byte[] head : new byte[][] {{}, {(byte) 0xff}, {(byte) 0xff, (byte) 0xd8, 0}, {(byte) 0x89, 'P', 'N', 'X', 0, 0, 0, 0},
                {(byte) 0x89, 'P', 'N', 'G'}, {'G', 'I', 'F', '9', 'a', 0}, {'G', 'I', 'F'}, {'B', 'X'}, {'B'}}) {
                Path file = Files.write(dir.resolve("near-miss.png"), head);
                assertThatThrownBy(() -> covers.set(id, file)).isInstanceOf(CoverException.class)
                        .hasMessageEndingWith("is not a JPEG, PNG, GIF or BMP image; the cover was not changed.");
            }
            assertThatThrownBy(() -> covers.set(id, dir)).isInstanceOf(CoverException.class).hasMessageContaining("is not a file");
            assertThat(catalog.books().get("id", id).getCover()).as("each refusal changed nothing").isEqualTo(kept);
        }
    }

    @Test
    void twoBooksWithTheSameImageShareOneFile() throws Exception {
        Path jpg = image(dir.resolve("front.jpg"), "jpg", 0x00ff00);
        try (Catalog catalog = catalog()) {
            Covers covers = Covers.of(catalog);
            String a = covers.set(book(catalog, "One"), jpg);
            String b = covers.set(book(catalog, "Two"), jpg);
            assertThat(a).isEqualTo(b).endsWith(".jpg");
            try (var files = Files.list(covers.folder())) {
                assertThat(files.filter(f -> !f.getFileName().toString().startsWith("."))).hasSize(1);
            }
        }
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedInOneSentenceAndNothingChanges() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.png"), "not an image at all");
        try (Catalog catalog = catalog()) {
            long id = book(catalog, "Frankenstein");
            Covers covers = Covers.of(catalog);
            assertThatThrownBy(() -> covers.set(id, text)).isInstanceOf(CoverException.class)
                    .hasMessage("notes.png is not a JPEG, PNG, GIF or BMP image; the cover was not changed.");
            assertThat(covers.path(id)).isEmpty();
            assertThat(covers.folder()).doesNotExist();
        }
    }

    @Test
    void anImageOverTheSizeLimitIsRefused() throws Exception {
        Path big = dir.resolve("big.png");
        byte[] header = Files.readAllBytes(image(dir.resolve("small.png"), "png", 0));
        try (var out = Files.newOutputStream(big)) {
            out.write(header);
            out.write(new byte[(int) Covers.MAX_BYTES]);
        }
        try (Catalog catalog = catalog()) {
            long id = book(catalog, "Frankenstein");
            assertThatThrownBy(() -> Covers.of(catalog).set(id, big)).isInstanceOf(CoverException.class)
                    .hasMessage("big.png is larger than 20 MB; choose a smaller image (the cover was not changed).");
        }
    }

    @Test
    void removingACoverLetsItsFileGoWhenNoOtherBookUsesIt() throws Exception {
        Path png = image(dir.resolve("front.png"), "png", 0x0000ff);
        try (Catalog catalog = catalog()) {
            Covers covers = Covers.of(catalog);
            long one = book(catalog, "One");
            long two = book(catalog, "Two");
            String name = covers.set(one, png);
            covers.set(two, png);
            covers.remove(one);
            assertThat(covers.path(one)).isEmpty();
            assertThat(covers.folder().resolve(name)).exists(); // two still shows it
            covers.remove(two);
            assertThat(covers.folder().resolve(name)).doesNotExist();
        }
    }

    @Test
    void aTrashedBookKeepsItsCoverUntilTheTrashIsEmptiedAndARestoreBringsItBack() throws Exception {
        Path png = image(dir.resolve("front.png"), "png", 0x123456);
        try (Catalog catalog = catalog()) {
            Covers covers = Covers.of(catalog);
            long id = book(catalog, "Frankenstein");
            String name = covers.set(id, png);
            Trash trash = Trash.of(catalog);
            long item = trash.discard(TrashKind.BOOK, id).orElseThrow().getId();
            assertThat(covers.folder().resolve(name)).exists();
            assertThat(covers.referenced()).contains(name);
            trash.restore(item);
            assertThat(covers.path(id)).contains(covers.folder().resolve(name));
            trash.discard(TrashKind.BOOK, id);
            trash.empty();
            assertThat(covers.folder().resolve(name)).doesNotExist();
        }
    }

    @Test
    void aBackupCarriesTheCoversAndARestoreBringsThemBack() throws Exception {
        Path png = image(dir.resolve("front.png"), "png", 0x654321);
        Path backup = dir.resolve("saved").resolve("copy.alcove");
        String name;
        try (Catalog catalog = catalog()) {
            long id = book(catalog, "Frankenstein");
            name = Covers.of(catalog).set(id, png);
            new BackupService(catalog).backup(backup);
        }
        assertThat(dir.resolve("saved").resolve("copy.covers").resolve(name)).exists();
        Path elsewhere = dir.resolve("other").resolve("restored.alcove");
        Restore.run(backup, elsewhere);
        assertThat(dir.resolve("other").resolve("restored.covers").resolve(name)).hasSameBinaryContentAs(png);
    }
}
