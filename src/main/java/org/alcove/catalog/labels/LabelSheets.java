package org.alcove.catalog.labels;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alcove.catalog.circulation.LoanRow;
import org.alcove.catalog.io.SafeFiles;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import com.google.zxing.oned.Code128Writer;

/**
 * Printable sheets as PDF on A4: copy barcode labels (3 × 8 labels of 70 × 37 mm), borrower cards
 * (2 × 5 cards of 85.6 × 54 mm, the size of a bank card), spine labels (7 × 12 of 25 × 22 mm),
 * overdue notices (a page per borrower) and a shelf list for stock-taking. Barcodes are Code 128,
 * encoded by ZXing and drawn as vector bars so they print sharp at any resolution, with a quiet
 * zone of ten modules each side as the symbology asks.
 *
 * <p>Text is set in Helvetica, one of the PDF standard fonts every viewer and printer has; letters
 * it cannot encode (outside Windows-1252) are printed without their accents where that is enough,
 * else as {@code ?}. A sheet is written to a temporary file beside the target and renamed over it
 * when complete.
 */
public final class LabelSheets {
    private static final float MM = 72f / 25.4f;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final int QUIET_ZONE = 10;
    /**
     * PDFBox warns, each time a standard font is made, that it will draw Helvetica with a system
     * font when rendering on screen; the PDF still names Helvetica, which every printer has, so the
     * warning says nothing to a user. Held here so the level is not lost with a collected logger.
     */
    private static final java.util.logging.Logger FONT_LOG = java.util.logging.Logger.getLogger(PDType1Font.class.getName());

    static {
        FONT_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Map<Character, Boolean> encodable = new HashMap<>();

    /**
     * A copy as its labels show it.
     *
     * @param barcode the copy's barcode (labels without one are skipped)
     * @param title the book's title
     * @param author the book's author
     * @param callNumber the copy's call number, blank when none
     * @param location where the copy stands, blank when not said
     */
    public record CopyLabel(String barcode, String title, String author, String callNumber, String location) {
    }

    /**
     * A borrower as a card shows them.
     *
     * @param name the borrower's name
     * @param card the card number
     * @param group the group or class
     */
    public record Card(String name, String card, String group) {
    }

    /** Barcode labels for {@code copies} (those with a barcode), 24 to a page. */
    public int copyLabels(Path file, String library, List<CopyLabel> copies) throws IOException {
        List<CopyLabel> withCode = copies.stream().filter(c -> c.barcode() != null && !c.barcode().isBlank()).toList();
        return grid(file, 3, 8, 70 * MM, 37 * MM, withCode, (cs, c, x, y, w, h) -> {
            float pad = 3 * MM;
            text(cs, bold, 7, x + pad, y + h - pad - 6, fit(library.isBlank() ? c.title() : library, bold, 7, w - 2 * pad));
            if (!library.isBlank()) {
                text(cs, regular, 7, x + pad, y + h - pad - 14, fit(c.title(), regular, 7, w - 2 * pad));
            }
            barcode(cs, c.barcode(), x + pad, y + 9 * MM, w - 2 * pad, 14 * MM);
            text(cs, regular, 8, x + pad + centred(c.barcode(), regular, 8, w - 2 * pad), y + 5 * MM, c.barcode());
            if (!c.callNumber().isBlank()) {
                text(cs, regular, 7, x + pad, y + 2 * MM, fit(c.callNumber(), regular, 7, w - 2 * pad));
            }
        });
    }

    /** Borrower cards, ten to a page, each with the card number as a barcode. */
    public int borrowerCards(Path file, String library, List<Card> cards) throws IOException {
        return grid(file, 2, 5, 85.6f * MM, 54 * MM, cards, (cs, c, x, y, w, h) -> {
            float pad = 5 * MM;
            cs.setLineWidth(0.3f);
            cs.addRect(x, y, w, h);
            cs.stroke();
            text(cs, bold, 10, x + pad, y + h - pad - 8, fit(library.isBlank() ? "Library card" : library, bold, 10, w - 2 * pad));
            text(cs, bold, 12, x + pad, y + h - pad - 26, fit(c.name(), bold, 12, w - 2 * pad));
            if (!c.group().isBlank()) {
                text(cs, regular, 9, x + pad, y + h - pad - 38, fit(c.group(), regular, 9, w - 2 * pad));
            }
            barcode(cs, c.card(), x + pad, y + 10 * MM, w - 2 * pad, 14 * MM);
            text(cs, regular, 9, x + pad + centred(c.card(), regular, 9, w - 2 * pad), y + 5 * MM, c.card());
        });
    }

    /** Spine labels with the call number, a word or two to a line, 84 to a page; copies without a call number are skipped. */
    public int spineLabels(Path file, List<CopyLabel> copies) throws IOException {
        List<CopyLabel> numbered = copies.stream().filter(c -> !c.callNumber().isBlank()).toList();
        return grid(file, 7, 12, 25 * MM, 22 * MM, numbered, (cs, c, x, y, w, h) -> {
            cs.setLineWidth(0.2f);
            cs.addRect(x + 1, y + 1, w - 2, h - 2);
            cs.stroke();
            List<String> lines = List.of(c.callNumber().strip().split("\\s+"));
            float size = 9;
            float top = y + h - 4 * MM;
            for (int i = 0; i < Math.min(4, lines.size()); i++) {
                String line = fit(lines.get(i), bold, size, w - 2 * MM);
                text(cs, bold, size, x + centred(line, bold, size, w), top - i * (size + 2), line);
            }
        });
    }

    /** A notice per borrower listing what they have overdue, with the days late; {@code loans} as {@code loans --overdue} lists them. */
    public int overdueNotices(Path file, String library, LocalDate today, List<LoanRow> loans) throws IOException {
        Map<String, List<LoanRow>> byCard = new LinkedHashMap<>();
        for (LoanRow l : loans) {
            byCard.computeIfAbsent(l.card() + "\u0000" + l.borrower(), k -> new ArrayList<>()).add(l);
        }
        return write(file, doc -> {
            for (List<LoanRow> theirs : byCard.values()) {
                PDPage page = new PDPage(PAGE);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float x = 25 * MM;
                    float y = PAGE.getHeight() - 30 * MM;
                    text(cs, bold, 16, x, y, library.isBlank() ? "Overdue notice" : library + " · Overdue notice");
                    y -= 28;
                    LoanRow first = theirs.get(0);
                    text(cs, regular, 11, x, y, first.borrower() + (first.group().isBlank() ? "" : " · " + first.group()) + " · card "
                            + first.card());
                    y -= 16;
                    text(cs, regular, 11, x, y, "As of " + today + ", please return:");
                    y -= 24;
                    float[] cols = {x, x + 90 * MM, x + 120 * MM};
                    text(cs, bold, 10, cols[0], y, "Title");
                    text(cs, bold, 10, cols[1], y, "Due");
                    text(cs, bold, 10, cols[2], y, "Days late");
                    for (LoanRow l : theirs) {
                        y -= 15;
                        text(cs, regular, 10, cols[0], y, fit(l.title() + " (" + l.barcode() + ")", regular, 10, 88 * MM));
                        text(cs, regular, 10, cols[1], y, l.due().toString());
                        text(cs, regular, 10, cols[2], y, String.valueOf(l.daysLate()));
                    }
                    y -= 30;
                    text(cs, regular, 10, x, y, "Thank you. If you have already returned these, please ignore this notice.");
                }
            }
            return byCard.size();
        });
    }

    /** A shelf list for stock-taking, in the order given (by location and call number): a line per copy with a box to tick. */
    public int shelfList(Path file, String title, List<CopyLabel> copies) throws IOException {
        return write(file, doc -> {
            float top = PAGE.getHeight() - 20 * MM;
            float bottom = 18 * MM;
            float x = 15 * MM;
            float[] cols = {x, x + 8 * MM, x + 38 * MM, x + 68 * MM, x + 138 * MM};
            float[] widths = {0, 29 * MM, 29 * MM, 69 * MM, 42 * MM};
            int pageNo = 0;
            int i = 0;
            do {
                PDPage page = new PDPage(PAGE);
                doc.addPage(page);
                pageNo++;
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = top;
                    text(cs, bold, 12, x, y, fit(title, bold, 12, 150 * MM));
                    text(cs, regular, 8, PAGE.getWidth() - 30 * MM, y, "page " + pageNo);
                    y -= 20;
                    String[] head = {"", "Location", "Call number", "Title", "Barcode"};
                    for (int c = 1; c < head.length; c++) {
                        text(cs, bold, 8, cols[c], y, head[c]);
                    }
                    y -= 12;
                    for (; i < copies.size() && y > bottom; i++, y -= 12) {
                        CopyLabel c = copies.get(i);
                        cs.setLineWidth(0.4f);
                        cs.addRect(cols[0], y - 1, 7, 7);
                        cs.stroke();
                        String[] cells = {"", c.location(), c.callNumber(), c.title() + (c.author().isBlank() ? "" : " — " + c.author()),
                            c.barcode() == null ? "" : c.barcode()};
                        for (int k = 1; k < cells.length; k++) {
                            text(cs, regular, 8, cols[k], y, fit(cells[k], regular, 8, widths[k]));
                        }
                    }
                    if (i >= copies.size()) {
                        text(cs, regular, 8, x, Math.max(bottom - 8, y - 6), copies.size() + (copies.size() == 1 ? " copy" : " copies"));
                    }
                }
            } while (i < copies.size());
            return copies.size();
        });
    }

    /**
     * A list of books as the window's table shows them (title, author, genre, published, pages, ISBN),
     * in the order given, under {@code heading} (the search it shows), with page numbers; each row
     * is six cells in that order.
     */
    public int bookList(Path file, String heading, List<String[]> rows) throws IOException {
        return write(file, doc -> {
            PDRectangle landscape = new PDRectangle(PAGE.getHeight(), PAGE.getWidth());
            float top = landscape.getHeight() - 15 * MM;
            float bottom = 15 * MM;
            float x = 12 * MM;
            float[] widths = {95 * MM, 60 * MM, 28 * MM, 24 * MM, 16 * MM, 32 * MM};
            String[] head = {"Title", "Author", "Genre", "Published", "Pages", "ISBN"};
            int pageNo = 0;
            int i = 0;
            do {
                PDPage page = new PDPage(landscape);
                doc.addPage(page);
                pageNo++;
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = top;
                    text(cs, bold, 11, x, y, fit(heading, bold, 11, 220 * MM));
                    text(cs, regular, 8, landscape.getWidth() - 30 * MM, y, "page " + pageNo);
                    y -= 18;
                    float at = x;
                    for (int c = 0; c < head.length; c++) {
                        text(cs, bold, 8, at, y, head[c]);
                        at += widths[c];
                    }
                    y -= 4;
                    cs.setLineWidth(0.4f);
                    cs.moveTo(x, y);
                    cs.lineTo(landscape.getWidth() - x, y);
                    cs.stroke();
                    y -= 10;
                    for (; i < rows.size() && y > bottom; i++, y -= 11) {
                        String[] row = rows.get(i);
                        at = x;
                        for (int c = 0; c < head.length; c++) {
                            String cell = c < row.length && row[c] != null ? row[c] : "";
                            text(cs, regular, 8, at, y, fit(cell, regular, 8, widths[c] - 2 * MM));
                            at += widths[c];
                        }
                    }
                    if (i >= rows.size()) {
                        text(cs, regular, 8, x, Math.max(bottom - 8, y - 6), rows.size() + (rows.size() == 1 ? " book" : " books"));
                    }
                }
            } while (i < rows.size());
            return rows.size();
        });
    }

    /** Draws one item in a cell of a grid. */
    @FunctionalInterface
    private interface Cell<T> {
        void draw(PDPageContentStream cs, T item, float x, float y, float w, float h) throws IOException;
    }

    @FunctionalInterface
    private interface Pages {
        int fill(PDDocument doc) throws IOException;
    }

    private <T> int grid(Path file, int columns, int rows, float w, float h, List<T> items, Cell<T> cell) throws IOException {
        float left = (PAGE.getWidth() - columns * w) / 2;
        float top = (PAGE.getHeight() + rows * h) / 2;
        return write(file, doc -> {
            int perPage = columns * rows;
            for (int start = 0; start < items.size() || start == 0; start += perPage) {
                PDPage page = new PDPage(PAGE);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (int k = start; k < Math.min(items.size(), start + perPage); k++) {
                        int pos = k - start;
                        float x = left + (pos % columns) * w;
                        float y = top - (pos / columns + 1) * h;
                        cell.draw(cs, items.get(k), x, y, w, h);
                    }
                }
                if (items.isEmpty()) {
                    break;
                }
            }
            return items.size();
        });
    }

    private static int write(Path file, Pages pages) throws IOException {
        return SafeFiles.replace(file, tmp -> {
            try (PDDocument doc = new PDDocument()) {
                int n = pages.fill(doc);
                if (doc.getNumberOfPages() == 0) {
                    doc.addPage(new PDPage(PAGE));
                }
                doc.save(tmp.toFile());
                return n;
            }
        });
    }

    /** Draws {@code code} as Code 128 bars filling {@code w} × {@code h}, quiet zones included. */
    private void barcode(PDPageContentStream cs, String code, float x, float y, float w, float h) throws IOException {
        boolean[] modules;
        try {
            modules = new Code128Writer().encode(code);
        } catch (IllegalArgumentException notEncodable) {
            // Code 128 carries ASCII only: an imported barcode with other letters is printed as text.
            text(cs, regular, 7, x, y + h / 2, fit("(no bars for " + code + ")", regular, 7, w));
            return;
        }
        float module = w / (modules.length + 2 * QUIET_ZONE);
        float at = x + QUIET_ZONE * module;
        for (int i = 0; i < modules.length;) {
            if (!modules[i]) {
                i++;
                continue;
            }
            int run = i;
            while (run < modules.length && modules[run]) {
                run++;
            }
            cs.addRect(at + i * module, y, (run - i) * module, h);
            i = run;
        }
        cs.fill();
    }

    private void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(printable(s));
        cs.endText();
    }

    private float width(String s, PDFont font, float size) throws IOException {
        return font.getStringWidth(printable(s)) / 1000 * size;
    }

    private float centred(String s, PDFont font, float size, float w) throws IOException {
        return Math.max(0, (w - width(s, font, size)) / 2);
    }

    /** {@code s} cut with an ellipsis to fit {@code w}. */
    private String fit(String s, PDFont font, float size, float w) throws IOException {
        String p = printable(s);
        if (width(p, font, size) <= w) {
            return p;
        }
        int end = p.length();
        while (end > 0 && width(p.substring(0, end) + "...", font, size) > w) {
            end--;
        }
        return p.substring(0, end).stripTrailing() + "...";
    }

    /** {@code s} with what Helvetica cannot show replaced: accents dropped where the base letter is enough, else '?'; controls as spaces. */
    private String printable(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(' ');
            } else if (canShow(c)) {
                out.append(c);
            } else {
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                out.append(!base.isEmpty() && base.chars().allMatch(ch -> canShow((char) ch)) ? base : "?");
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    i++;
                }
            }
        }
        return out.toString();
    }

    private boolean canShow(char c) {
        return encodable.computeIfAbsent(c, ch -> {
            try {
                regular.encode(String.valueOf(ch));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }
}
