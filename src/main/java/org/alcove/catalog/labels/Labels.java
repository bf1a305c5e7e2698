package org.alcove.catalog.labels;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.alcove.catalog.Book;
import org.alcove.catalog.Borrower;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Copy;
import org.alcove.catalog.circulation.Circulation;
import org.alcove.catalog.search.SearchQuery;
import org.alcove.orm.QuerySet;

/**
 * What to print, taken from the catalogue: the copies of the books a search finds (all, when blank),
 * optionally on one shelf or location; borrowers (active ones, optionally of one group); the
 * overdue loans. Then {@link LabelSheets} lays them out.
 */
public final class Labels {
    /** The kinds of sheet. */
    public enum Kind {
        COPIES("copies", "barcode labels for copies, 24 to an A4 page"),
        SPINE("spine", "spine labels with the call number, 84 to a page"),
        CARDS("cards", "borrower cards with the card number as a barcode, 10 to a page"),
        OVERDUE("overdue", "an overdue notice per borrower"),
        SHELF_LIST("shelf-list", "a list of copies by location and call number, to tick off at stock-taking");

        private final String option;
        private final String description;

        Kind(String option, String description) {
            this.option = option;
            this.description = description;
        }

        public String option() {
            return option;
        }

        public String description() {
            return description;
        }

        /** The kind named {@code name} as the command line writes it. */
        public static Optional<Kind> parse(String name) {
            for (Kind k : values()) {
                if (k.option.equalsIgnoreCase(name)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * What to include.
     *
     * @param search a search over books (blank for all), for copy labels, spine labels and the shelf list
     * @param location only copies whose location starts with this (blank for any)
     * @param group only borrowers of this group, for cards (blank for all active borrowers)
     * @param library the library's name printed on labels and cards (blank for none)
     */
    public record Selection(String search, String location, String group, String library) {
        public static Selection all() {
            return new Selection("", "", "", "");
        }
    }

    private final Catalog catalog;

    public Labels(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Writes the sheet of {@code kind} to {@code file}; returns how many labels, cards, notices or lines it holds. */
    public int write(Kind kind, Path file, Selection selection) throws IOException {
        SearchQuery search = SearchQuery.parse(selection.search()); // a bad search is refused before anything is written
        LabelSheets sheets = new LabelSheets();
        return switch (kind) {
            case COPIES -> sheets.copyLabels(file, selection.library(), copies(search, selection.location()));
            case SPINE -> sheets.spineLabels(file, copies(search, selection.location()));
            case SHELF_LIST -> sheets.shelfList(file, (selection.library().isBlank() ? "Shelf list" : selection.library() + " · shelf list")
                    + (selection.location().isBlank() ? "" : " · " + selection.location()), copies(search, selection.location()));
            case CARDS -> sheets.borrowerCards(file, selection.library(), cards(selection.group()));
            case OVERDUE -> {
                Circulation c = new Circulation(catalog);
                yield sheets.overdueNotices(file, selection.library(), c.today(), c.overdue());
            }
        };
    }

    /** The copies of the books {@code search} finds, by location, call number and title. */
    public List<LabelSheets.CopyLabel> copies(SearchQuery search, String location) {
        QuerySet<Copy> copies = catalog.db().objects(Copy.class).selectRelated("book", "book__author")
                .orderBy("location", "callNumber", "book__title", "barcode");
        Optional<QuerySet<Book>> books = search.toQ(catalog, false).map(catalog.books()::filter);
        if (books.isPresent()) {
            copies = copies.filter("book__in", books.get());
        }
        if (location != null && !location.isBlank()) {
            copies = copies.filter("location__istartswith", location.strip());
        }
        List<LabelSheets.CopyLabel> out = new ArrayList<>();
        for (Copy c : copies) {
            Book b = c.getBook();
            out.add(new LabelSheets.CopyLabel(c.getBarcode(), b.getTitle(), b.getAuthor().getName(), c.getCallNumber(), c.getLocation()));
        }
        return out;
    }

    /** The active borrowers (of {@code group} when given), by group and name. */
    public List<LabelSheets.Card> cards(String group) {
        QuerySet<Borrower> borrowers = catalog.db().objects(Borrower.class).filter("active", true).orderBy("group", "name");
        if (group != null && !group.isBlank()) {
            borrowers = borrowers.filter("group__iexact", group.strip());
        }
        List<LabelSheets.Card> out = new ArrayList<>();
        for (Borrower b : borrowers) {
            out.add(new LabelSheets.Card(b.getName(), b.getCard(), b.getGroup()));
        }
        return out;
    }
}
