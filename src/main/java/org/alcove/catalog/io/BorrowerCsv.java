package org.alcove.catalog.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.alcove.catalog.Barcodes;

/**
 * Borrowers as CSV: header {@code name,card,group,contact,notes,active} (the order free, extra columns
 * ignored; {@code class}/{@code form} read as group, {@code email}/{@code phone} as contact,
 * {@code card_number}/{@code barcode} as card). Only name and card are required. Written as
 * {@link CsvBookWriter} writes books: UTF-8, CRLF, spreadsheet formulas neutralised, and read back
 * identically.
 */
public final class BorrowerCsv {
    /** The header written, in order. */
    public static final String[] HEADER = {"name", "card", "group", "contact", "notes", "active"};

    private BorrowerCsv() {
    }

    /**
     * A borrower as a CSV row holds it.
     *
     * @param active whether the card is active; empty when the file has no active column (keep what the catalogue has)
     */
    public record Row(long line, String name, String card, String group, String contact, String notes, Optional<Boolean> active) {
    }

    /**
     * Reads every row of {@code file}, handing good rows to {@code rows} and bad ones (with their
     * line number, column and reason) to {@code errors}.
     *
     * @throws MissingColumnException when the header has no name or no card column
     * @throws IOException when the file cannot be read
     */
    public static void read(Path file, Consumer<Row> rows, Consumer<RowError> errors) throws IOException {
        try (CsvSource source = CsvSource.open(file)) {
            Columns columns = new Columns(file.getFileName().toString(), source.header());
            Column name = columns.require("name", "borrower", "full name");
            Column card = columns.require("card", "card number", "card_number", "barcode");
            Optional<Column> group = columns.optional("group", "class", "form", "year");
            Optional<Column> contact = columns.optional("contact", "email", "phone");
            Optional<Column> notes = columns.optional("notes", "note");
            Optional<Column> active = columns.optional("active");
            for (Optional<SourceRow> next = source.next(); next.isPresent(); next = source.next()) {
                SourceRow row = next.get();
                List<String> v = row.values();
                String raw = String.join(",", v);
                String n = cell(v, name);
                if (n.isBlank()) {
                    errors.accept(new RowError(row.line(), name.name(), "a borrower needs a name", raw));
                    continue;
                }
                String c;
                try {
                    c = Barcodes.require(cell(v, card), "card number");
                } catch (IllegalArgumentException e) {
                    errors.accept(new RowError(row.line(), card.name(), e.getMessage(), raw));
                    continue;
                }
                Optional<Boolean> act = Optional.empty();
                if (active.isPresent()) {
                    String a = cell(v, active.get()).strip().toLowerCase(Locale.ROOT);
                    switch (a) {
                        case "", "yes", "y", "true", "1", "active" -> act = Optional.of(true);
                        case "no", "n", "false", "0", "inactive" -> act = Optional.of(false);
                        default -> {
                            errors.accept(new RowError(row.line(), active.get().name(), "'" + a + "' is not yes or no", raw));
                            continue;
                        }
                    }
                }
                rows.accept(new Row(row.line(), n.strip(), c, group.map(g -> cell(v, g).strip()).orElse(""),
                        contact.map(g -> cell(v, g).strip()).orElse(""), notes.map(g -> cell(v, g)).orElse(""), act));
            }
        }
    }

    private static String cell(List<String> values, Column column) {
        return column.index() < values.size() ? FormulaEscaping.restore(values.get(column.index())) : "";
    }

    /** Writes rows to {@code out}; each element of {@code rows} is {name, card, group, contact, notes, active}. */
    public static void write(Writer out, Iterable<Object[]> rows) throws IOException {
        try (SafeCsvPrinter printer = new SafeCsvPrinter(out, HEADER)) {
            for (Object[] r : rows) {
                printer.print(r);
            }
        }
    }

    /**
     * Writes rows to {@code file} through a temporary file beside it, renamed over it only when
     * complete: a failure leaves the old file as it was.
     */
    public static void write(Path file, Iterable<Object[]> rows) throws IOException {
        SafeFiles.replace(file, tmp -> {
            write(SafeCsvPrinter.utf8(tmp), rows);
            return null;
        });
    }

    /** The rows of a list, for {@link #write(Path, Iterable)}. */
    public static List<Object[]> rows(List<org.alcove.catalog.Borrower> borrowers) {
        List<Object[]> out = new ArrayList<>(borrowers.size());
        for (var b : borrowers) {
            out.add(new Object[] {b.getName(), b.getCard(), b.getGroup(), b.getContact(), b.getNotes(), b.isActive() ? "yes" : "no"});
        }
        return out;
    }
}
