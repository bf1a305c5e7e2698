package org.alcove.catalog.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.alcove.catalog.ContributorRole;
import org.alcove.catalog.ReadingStatus;

/**
 * A LibraryThing export, usually tab-separated, in either header style: the older quoted upper
 * case ({@code 'TITLE'}, {@code 'AUTHOR (first, last)'}, {@code 'DATE'}, {@code 'ISBNs'}) or the
 * newer title case ({@code Title}, {@code Primary Author}, {@code Date}, {@code ISBN}). Kept:
 *
 * <ul>
 *   <li>Authors: {@code Primary Author} (or either {@code AUTHOR} column), then each of
 *       {@code Secondary Author} with its role from {@code Secondary Author Roles} (lists
 *       separated by {@code |} or {@code ;}).</li>
 *   <li>ISBN: {@code ISBN}, else the list in {@code ISBNs}, brackets stripped, falling back
 *       across both; none is fine. {@code LCCN}, {@code OCLC}, {@code Book Id}, {@code Work id}
 *       become identifiers.</li>
 *   <li>{@code Date} is this edition's date (a year, or a full date); {@code Publication}'s
 *       publisher part, {@code Media}, {@code Languages}, {@code Page Count}, {@code Rating},
 *       {@code Review}, {@code Comment} and {@code Private Comment} (as notes), {@code Tags} and
 *       {@code Collections} (as tags; "Currently reading", "To read" and "Read but unowned" also
 *       give the status), {@code Date Started}/{@code Date Read} as a reading.</li>
 *   <li>Copies: {@code Copies} of them, acquired on {@code Acquired}, with the Dewey, LC or other
 *       call number and the {@code Barcode}. The genre comes from the tags and subjects through
 *       the genre mapping, else from the Dewey number.</li>
 * </ul>
 */
final class LibraryThingBookMapper extends ExportMapper {

    private final Column author;
    private final Column secondary;
    private final Column secondaryRoles;
    private final Column date;
    private final Column isbn;
    private final Column isbns;
    private final Column pages;
    private final Column publication;
    private final Column media;
    private final Column languages;
    private final Column rating;
    private final Column review;
    private final Column comment;
    private final Column privateComment;
    private final Column tags;
    private final Column collections;
    private final Column subjects;
    private final Column started;
    private final Column read;
    private final Column acquired;
    private final Column copies;
    private final Column dewey;
    private final Column lc;
    private final Column otherCall;
    private final Column barcode;
    private final Column lccn;
    private final Column oclc;
    private final Column bookId;
    private final Column workId;

    LibraryThingBookMapper(Columns columns, GenreMapping genres) throws MissingColumnException {
        this(columns, genres, columns.require("Title"),
                columns.require("Primary Author", "AUTHOR (first, last)", "AUTHOR (last, first)"),
                columns.require("ISBN", "ISBNs"));
    }

    private LibraryThingBookMapper(Columns columns, GenreMapping genres, Column title, Column author, Column isbn)
            throws MissingColumnException {
        super(genres, title, author, isbn);
        this.author = author;
        this.isbn = columns.optional("ISBN").orElse(null);
        isbns = columns.optional("ISBNs").orElse(null);
        date = columns.require("Date");
        secondary = columns.optional("Secondary Author").orElse(null);
        secondaryRoles = columns.optional("Secondary Author Roles").orElse(null);
        pages = columns.optional("Page Count", "PAGES").orElse(null);
        publication = columns.optional("Publication").orElse(null);
        media = columns.optional("Media").orElse(null);
        languages = columns.optional("Languages", "Language").orElse(null);
        rating = columns.optional("Rating").orElse(null);
        review = columns.optional("Review").orElse(null);
        comment = columns.optional("Comment", "Comments").orElse(null);
        privateComment = columns.optional("Private Comment").orElse(null);
        tags = columns.optional("Tags").orElse(null);
        collections = columns.optional("Collections").orElse(null);
        subjects = columns.optional("Subjects").orElse(null);
        started = columns.optional("Date Started").orElse(null);
        read = columns.optional("Date Read").orElse(null);
        acquired = columns.optional("Acquired").orElse(null);
        copies = columns.optional("Copies").orElse(null);
        dewey = columns.optional("Dewey Decimal", "DDC").orElse(null);
        lc = columns.optional("LC Classification", "LCC").orElse(null);
        otherCall = columns.optional("Other Call Number").orElse(null);
        barcode = columns.optional("Barcode").orElse(null);
        lccn = columns.optional("LCCN").orElse(null);
        oclc = columns.optional("OCLC").orElse(null);
        bookId = columns.optional("Book Id").orElse(null);
        workId = columns.optional("Work id").orElse(null);
    }

    @Override
    public BookRecord map(RowCells cells) {
        BookDetails.Builder d = new BookDetails.Builder();
        String title = title(cells, d);
        List<String> names = new ArrayList<>();
        if (!cells.text(author).isEmpty()) {
            names.add(cells.text(author));
        }
        String authorName = authors(cells, names, d, ContributorRole.AUTHOR);
        List<String> others = cells.list(secondary, "[|;]");
        List<String> roles = cells.list(secondaryRoles, "[|;]");
        for (int i = 0; i < others.size(); i++) {
            d.credit(org.alcove.catalog.Names.displayForm(others.get(i)), i < roles.size() ? roleOf(roles.get(i)).orElse(ContributorRole.CONTRIBUTOR)
                    : ContributorRole.CONTRIBUTOR);
        }
        String isbn13 = cells.isbnFrom(d, isbn, isbns);
        d.identifier("lccn", cells.text(lccn));
        d.identifier("oclc", cells.text(oclc));
        d.identifier("librarything", cells.text(bookId));
        d.identifier("librarything-work", cells.text(workId));
        LocalDate edition = cells.partialDate(date, d, false);
        String pub = cells.text(publication);
        int paren = pub.indexOf(" (");
        d.publisher = cells.clipped("Publication", (paren > 0 ? pub.substring(0, paren) : pub.split(",")[0]).strip(), 200, d);
        d.format = cells.clipped(media, 40, d);
        d.language = cells.clipped(languages, 35, d);
        d.rating = cells.rating(rating, 5, true);
        d.review = cells.text(review);
        d.note("", cells.text(comment));
        d.note("Private", cells.text(privateComment));
        List<String> terms = new ArrayList<>(cells.list(tags, ","));
        terms.forEach(d::tag);
        for (String collection : cells.list(collections, ",")) {
            String c = collection.toLowerCase(Locale.ROOT);
            if (c.equals("currently reading")) {
                d.status = ReadingStatus.READING;
            } else if (c.equals("to read") || c.equals("wishlist")) {
                d.status = d.status == null ? ReadingStatus.TO_READ : d.status;
            } else if (c.equals("read but unowned")) {
                d.status = ReadingStatus.READ;
            }
            if (!c.equals("your library")) {
                d.tag(collection);
            }
        }
        d.reading(cells.lenientDate(started), cells.lenientDate(read));
        if (d.status == null && !d.readings.isEmpty()) {
            d.status = d.readings.get(0).finished() != null ? ReadingStatus.READ : ReadingStatus.READING;
        }
        terms.addAll(cells.list(subjects, "[|]"));
        d.copies = cells.count(copies);
        d.acquired = cells.lenientDate(acquired);
        String ddc = cells.text(dewey).replace("[", "").replace("]", "");
        String call = !ddc.isEmpty() ? ddc : !cells.text(lc).isEmpty() ? cells.text(lc) : cells.text(otherCall);
        d.callNumber = cells.clipped("call number", call, 40, d);
        d.barcode = cells.clipped(barcode, 40, d);
        return record(cells, title, authorName, edition, isbn13, cells.count(pages), d, terms, ddc);
    }
}
