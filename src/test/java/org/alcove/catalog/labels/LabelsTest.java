package org.alcove.catalog.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Borrower;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Copy;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.circulation.Circulation;
import org.alcove.catalog.search.SearchSyntaxException;
import org.alcove.orm.Database;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;

/** The printed sheets, read back: their text by PDFBox, their barcodes rendered and decoded by ZXing as a scanner would. */
class LabelsTest {
    @TempDir
    Path dir;

    Catalog catalog;
    Labels labels;

    @BeforeEach
    void setUp() {
        catalog = Catalog.open(dir.resolve("l.alcove"));
        Database db = catalog.db();
        Author orwell = db.objects(Author.class).create(new Author("George Orwell", null));
        Author zola = db.objects(Author.class).create(new Author("Émile Zola", null));
        Book b1984 = db.objects(Book.class).create(new Book("Nineteen Eighty-Four", orwell, null, null, SeedGenres.fic(), 328));
        Book germinal = db.objects(Book.class).create(new Book("Germinal — Œuvres, 日本語版", zola, null, null, SeedGenres.fic(), 592));
        db.objects(Copy.class).create(new Copy(b1984, "AL-0001").setCallNumber("823.912 ORW").setLocation("Fiction A"));
        db.objects(Copy.class).create(new Copy(b1984, "AL-0002").setCallNumber("823.912 ORW").setLocation("Fiction A"));
        db.objects(Copy.class).create(new Copy(germinal, "AL-0003").setCallNumber("843.8 ZOL").setLocation("Fiction B"));
        db.objects(Copy.class).create(new Copy(germinal, null).setLocation("Stack"));
        db.objects(Borrower.class).create(new Borrower("Ada Pupil", "P100").setGroup("Year 7"));
        db.objects(Borrower.class).create(new Borrower("Ben Pupil", "P101").setGroup("Year 8"));
        db.objects(Borrower.class).create(new Borrower("Gone", "P102").setActive(false));
        labels = new Labels(catalog);
    }

    @AfterEach
    void tearDown() {
        catalog.close();
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    /** The Code 128 barcodes on the first page, rendered at 200 dpi and decoded. */
    static TreeSet<String> barcodes(Path pdf) throws IOException {
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            page = new PDFRenderer(doc).renderImageWithDPI(0, 200);
        }
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128));
        hints.put(DecodeHintType.TRY_HARDER, true);
        TreeSet<String> out = new TreeSet<>();
        try {
            for (Result r : new GenericMultipleBarcodeReader(new MultiFormatReader()).decodeMultiple(bitmap, hints)) {
                out.add(r.getText());
            }
        } catch (NotFoundException none) {
            // no barcode on the page
        }
        return out;
    }

    @Test
    void copyLabelsCarryBarcodesAScannerReadsBack() throws Exception {
        Path pdf = dir.resolve("copies.pdf");
        int n = labels.write(Labels.Kind.COPIES, pdf, new Labels.Selection("", "", "", "Hilltop School Library"));
        assertThat(n).isEqualTo(3); // the copy without a barcode gets no label
        assertThat(pages(pdf)).isEqualTo(1);
        assertThat(text(pdf)).contains("Hilltop School Library", "Nineteen Eighty-Four", "AL-0001", "AL-0003", "823.912 ORW")
                .contains("Germinal — Œuvres, ????"); // Œ is in Windows-1252; the Japanese letters are not
        assertThat(barcodes(pdf)).containsExactly("AL-0001", "AL-0002", "AL-0003");
    }

    @Test
    void aSearchAndALocationChooseTheCopies() throws Exception {
        Path pdf = dir.resolve("zola.pdf");
        assertThat(labels.write(Labels.Kind.COPIES, pdf, new Labels.Selection("author:zola", "", "", ""))).isEqualTo(1);
        assertThat(barcodes(pdf)).containsExactly("AL-0003");
        assertThat(labels.write(Labels.Kind.SHELF_LIST, pdf, new Labels.Selection("", "fiction", "", ""))).isEqualTo(3);
        assertThat(text(pdf)).contains("Shelf list · fiction").doesNotContain("Stack");
        assertThatThrownBy(() -> labels.write(Labels.Kind.COPIES, dir.resolve("bad.pdf"), new Labels.Selection("pages:>>", "", "", "")))
                .isInstanceOf(SearchSyntaxException.class);
        assertThat(dir.resolve("bad.pdf")).doesNotExist();
    }

    @Test
    void borrowerCardsForActiveBorrowersOfAGroup() throws Exception {
        Path pdf = dir.resolve("cards.pdf");
        assertThat(labels.write(Labels.Kind.CARDS, pdf, Labels.Selection.all())).isEqualTo(2);
        assertThat(barcodes(pdf)).containsExactly("P100", "P101");
        assertThat(text(pdf)).contains("Ada Pupil", "Year 8").doesNotContain("Gone");
        assertThat(labels.write(Labels.Kind.CARDS, pdf, new Labels.Selection("", "", "year 7", ""))).isEqualTo(1);
        assertThat(barcodes(pdf)).containsExactly("P100");
    }

    @Test
    void spineLabelsSplitTheCallNumber() throws Exception {
        Path pdf = dir.resolve("spine.pdf");
        assertThat(labels.write(Labels.Kind.SPINE, pdf, Labels.Selection.all())).isEqualTo(3);
        assertThat(text(pdf).lines().filter(l -> l.equals("823.912")).count()).isEqualTo(2);
        assertThat(text(pdf)).contains("ZOL");
    }

    @Test
    void overdueNoticesAPagePerBorrower() throws Exception {
        Circulation past = new Circulation(catalog, java.time.Clock.offset(java.time.Clock.systemDefaultZone(), java.time.Duration.ofDays(-30)));
        past.checkout("P100", "AL-0001", null);
        past.checkout("P100", "AL-0003", null);
        past.checkout("P101", "AL-0002", null);
        Path pdf = dir.resolve("overdue.pdf");
        assertThat(labels.write(Labels.Kind.OVERDUE, pdf, new Labels.Selection("", "", "", "Hilltop"))).isEqualTo(2);
        assertThat(pages(pdf)).isEqualTo(2);
        assertThat(text(pdf)).contains("Hilltop · Overdue notice", "Ada Pupil · Year 7 · card P100", "Nineteen Eighty-Four (AL-0001)", "16");
    }

    @Test
    void aLongShelfListRunsOverPagesAndAFailedWriteLeavesTheOldFile() throws Exception {
        Database db = catalog.db();
        Book b = db.objects(Book.class).get("title", "Nineteen Eighty-Four");
        List<Copy> many = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            many.add(new Copy(b, String.format("X%04d", i)).setLocation("Annex"));
        }
        db.objects(Copy.class).bulkCreate(many);
        Path pdf = dir.resolve("list.pdf");
        assertThat(labels.write(Labels.Kind.SHELF_LIST, pdf, new Labels.Selection("", "annex", "", ""))).isEqualTo(250);
        assertThat(pages(pdf)).isEqualTo(5);
        assertThat(text(pdf)).contains("X0000", "X0249", "250 copies", "page 5");
        // Written through a temporary file: a failed write (here: the target is a folder) leaves what was there and no debris.
        Path folder = dir.resolve("taken.pdf");
        Files.createDirectory(folder);
        Files.writeString(folder.resolve("keep.txt"), "kept");
        assertThatThrownBy(() -> labels.write(Labels.Kind.SHELF_LIST, folder, Labels.Selection.all())).isInstanceOf(IOException.class);
        assertThat(Files.readString(folder.resolve("keep.txt"))).isEqualTo("kept");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }
}
