package org.alcove.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.alcove.orm.CharField;
import org.alcove.orm.DateField;
import org.alcove.orm.DecimalField;
import org.alcove.orm.ForeignKey;
import org.alcove.orm.Index;
import org.alcove.orm.IntegerField;
import org.alcove.orm.ManyToMany;
import org.alcove.orm.ManyToManyField;
import org.alcove.orm.Meta;
import org.alcove.orm.Model;
import org.alcove.orm.OnDelete;
import org.alcove.orm.PositiveIntegerField;
import org.alcove.orm.QuerySet;
import org.alcove.orm.TextField;

/**
 * A book, as the seed defines it; deleting its author deletes it too. The indexes serve the
 * catalogue's work: publication date (the default ordering, decades, oldest and newest; since
 * migration 0002), genre (the genre statistics walk it instead of sorting the table; since 0003,
 * which replaced a (genre, pages) index that every change of pages had to rewrite; since 0009 the
 * index every foreign key has), and no second index on isbn, which its unique constraint already indexes.
 *
 * <p>Since migration 0005 a book holds what real collections keep: every contributor with a role
 * and position ({@link #contributors()}, through {@link Contribution}; {@link #getAuthor()} stays the
 * first author, kept for sorting and the seed's queries), a series and index, tags, identifiers
 * besides the ISBN (which became optional: unique when present), a publication date with its
 * {@link DatePrecision} and a first-published year that may be BCE, publisher, language, format,
 * description, notes, reading status, rating, readings and copies.
 */
@Meta(table = "book", ordering = "-publicationDate", version = "version",
        indexes = {@Index(fields = "title"), @Index(fields = "publicationDate")})
public class Book extends Model {
    @CharField(maxLength = 200)
    private String title;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "books")
    private Author author;

    @DateField(nullable = true, blank = true)
    private LocalDate publicationDate;

    @CharField(maxLength = 1, choices = DatePrecision.class, defaultValue = "D")
    private DatePrecision datePrecision = DatePrecision.DAY;

    /** The year the work first appeared, negative before the common era (The Odyssey: -700); null when unknown. */
    @IntegerField(nullable = true, blank = true)
    private Integer firstPublished;

    @CharField(maxLength = 13, unique = true, nullable = true, blank = true)
    private String isbn;

    /** Null when the book has none; a genre in use cannot be deleted until its books move (see {@code GenreCatalog}). */
    @ForeignKey(onDelete = OnDelete.PROTECT, relatedName = "books", nullable = true, blank = true)
    private Genre genre;

    @PositiveIntegerField(defaultValue = "0")
    private int pages;

    @ForeignKey(onDelete = OnDelete.SET_NULL, relatedName = "books", nullable = true, blank = true)
    private Series series;

    @DecimalField(maxDigits = 7, decimalPlaces = 2, nullable = true, blank = true)
    private BigDecimal seriesIndex;

    @CharField(maxLength = 200, blank = true, defaultValue = "")
    private String publisher = "";

    /** A language tag or name as given ("en", "French"). */
    @CharField(maxLength = 35, blank = true, defaultValue = "")
    private String language = "";

    /** Format or binding as given ("Paperback", "Kindle Edition", "Hardcover"). */
    @CharField(maxLength = 40, blank = true, defaultValue = "")
    private String format = "";

    @TextField(blank = true, defaultValue = "")
    private String description = "";

    @TextField(blank = true, defaultValue = "")
    private String notes = "";

    @CharField(maxLength = 10, choices = ReadingStatus.class, nullable = true, blank = true)
    private ReadingStatus status;

    /** 0 to 5 in halves; null when not rated. */
    @DecimalField(maxDigits = 2, decimalPlaces = 1, nullable = true, blank = true)
    private BigDecimal rating;

    @TextField(blank = true, defaultValue = "")
    private String review = "";

    /** Goes up by one with every write of the row (since migration 0011): a save made from an older read is refused, so two desks never overwrite each other unawares. */
    @IntegerField(defaultValue = "0")
    private long version;
    /** The file name of the book's cover in the catalogue's covers folder (its content hash), null when it has none; since 0012. */
    @CharField(maxLength = 72, nullable = true, blank = true)
    private String cover;

    @ManyToManyField(relatedName = "contributedBooks", through = Contribution.class)
    private ManyToMany<Author> contributors;

    @ManyToManyField(relatedName = "books")
    private ManyToMany<Tag> tags;

    public Book() {
    }

    public Book(String title, Author author, LocalDate publicationDate, String isbn, Genre genre, int pages) {
        this.title = title;
        this.author = author;
        this.publicationDate = publicationDate;
        this.isbn = isbn == null || isbn.isBlank() ? null : isbn;
        this.genre = genre;
        this.pages = pages;
    }

    public String getTitle() {
        touch("title");
        return title;
    }

    public Book setTitle(String title) {
        this.title = title;
        return this;
    }

    /** The author, loaded on first access unless the query selected it. */
    public Author getAuthor() {
        touch("author");
        return author;
    }

    public Book setAuthor(Author author) {
        this.author = author;
        return this;
    }

    public LocalDate getPublicationDate() {
        touch("publicationDate");
        return publicationDate;
    }

    public Book setPublicationDate(LocalDate publicationDate) {
        this.publicationDate = publicationDate;
        return this;
    }

    public String getIsbn() {
        touch("isbn");
        return isbn;
    }

    /** Sets the ISBN-13; blank means none (stored as NULL, so any number of books may have none). */
    public Book setIsbn(String isbn) {
        this.isbn = isbn == null || isbn.isBlank() ? null : isbn;
        return this;
    }

    /** The genre, loaded on first access unless the query selected it; null when the book has none. */
    public Genre getGenre() {
        touch("genre");
        return genre;
    }

    public Book setGenre(Genre genre) {
        this.genre = genre;
        return this;
    }

    public int getPages() {
        touch("pages");
        return pages;
    }

    public Book setPages(int pages) {
        this.pages = pages;
        return this;
    }

    /** How much of {@link #getPublicationDate()} is known (the day unless said otherwise). */
    public DatePrecision getDatePrecision() {
        touch("datePrecision");
        return datePrecision;
    }

    /**
     * Sets the publication date and how much of it is known: with {@link DatePrecision#YEAR} the date
     * is kept as January 1st of its year, with {@link DatePrecision#MONTH} as the first of its month.
     */
    public Book setPublicationDate(LocalDate date, DatePrecision precision) {
        this.datePrecision = precision == null ? DatePrecision.DAY : precision;
        this.publicationDate = date == null ? null : switch (this.datePrecision) {
            case YEAR -> date.withDayOfYear(1);
            case MONTH -> date.withDayOfMonth(1);
            case DAY -> date;
        };
        return this;
    }

    /** The publication date as much as it is known: {@code 1969}, {@code 1969-03}, {@code 1969-03-15}, or "" when unknown. */
    public String publicationDateText() {
        LocalDate d = getPublicationDate();
        if (d == null) {
            return "";
        }
        String full = d.toString();
        return switch (getDatePrecision()) {
            case YEAR -> full.substring(0, full.length() - 6);
            case MONTH -> full.substring(0, full.length() - 3);
            case DAY -> full;
        };
    }

    public Integer getFirstPublished() {
        touch("firstPublished");
        return firstPublished;
    }

    /** @throws IllegalArgumentException for year 0 (there is none: 1 BCE is -1) or beyond 9999 either way */
    public Book setFirstPublished(Integer year) {
        if (year != null && (year == 0 || Math.abs(year) > 9999)) {
            throw new IllegalArgumentException("first-published year " + year + " is not a year (use -700 for 700 BCE; there is no year 0)");
        }
        this.firstPublished = year;
        return this;
    }

    /** The series, loaded on first access; null when the book is in none. */
    public Series getSeries() {
        touch("series");
        return series;
    }

    public BigDecimal getSeriesIndex() {
        touch("seriesIndex");
        return seriesIndex;
    }

    /**
     * Puts the book in {@code series} at {@code index} (1, 2, 2.5; null when unnumbered), or in none.
     *
     * @throws IllegalArgumentException for a negative index or one with more than two decimals
     */
    public Book setSeries(Series series, BigDecimal index) {
        if (index != null && (index.signum() < 0 || index.stripTrailingZeros().scale() > 2)) {
            throw new IllegalArgumentException("series index " + index.toPlainString() + " must be a positive number with at most two decimals (1, 2, 2.5)");
        }
        this.series = series;
        this.seriesIndex = series == null ? null : index;
        return this;
    }

    public String getPublisher() {
        touch("publisher");
        return publisher;
    }

    public Book setPublisher(String publisher) {
        this.publisher = publisher == null ? "" : publisher;
        return this;
    }

    public String getLanguage() {
        touch("language");
        return language;
    }

    public Book setLanguage(String language) {
        this.language = language == null ? "" : language;
        return this;
    }

    public String getFormat() {
        touch("format");
        return format;
    }

    public Book setFormat(String format) {
        this.format = format == null ? "" : format;
        return this;
    }

    public String getDescription() {
        touch("description");
        return description;
    }

    public Book setDescription(String description) {
        this.description = description == null ? "" : description;
        return this;
    }

    public String getNotes() {
        touch("notes");
        return notes;
    }

    public Book setNotes(String notes) {
        this.notes = notes == null ? "" : notes;
        return this;
    }

    public ReadingStatus getStatus() {
        touch("status");
        return status;
    }

    public Book setStatus(ReadingStatus status) {
        this.status = status;
        return this;
    }

    public BigDecimal getRating() {
        touch("rating");
        return rating;
    }

    /** @throws IllegalArgumentException unless the rating is 0 to 5 in halves (3.5 yes, 7 and 3.2 no) */
    public Book setRating(BigDecimal rating) {
        if (rating != null && (rating.signum() < 0 || rating.compareTo(BigDecimal.valueOf(5)) > 0
                || rating.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0)) {
            throw new IllegalArgumentException("rating " + rating.toPlainString() + " must be 0 to 5 in halves (0, 0.5, ..., 5)");
        }
        this.rating = rating == null ? null : rating.setScale(1, java.math.RoundingMode.UNNECESSARY);
        return this;
    }

    public String getReview() {
        touch("review");
        return review;
    }

    public Book setReview(String review) {
        this.review = review == null ? "" : review;
        return this;
    }

    /** Everyone credited on the book, through {@link Contribution} (role and position); add with {@link #credit}. */
    /** The cover's file name in the covers folder (see {@code org.alcove.catalog.covers.Covers}), or null. */
    public String getCover() {
        touch("cover");
        return cover;
    }

    /** Sets the cover's file name; {@code Covers.set} stores the image and calls this. */
    public Book setCover(String cover) {
        this.cover = cover == null || cover.isBlank() ? null : cover;
        return this;
    }

    public ManyToMany<Author> contributors() {
        return manyToMany("contributors");
    }

    /** The credits in order, with their roles. */
    public QuerySet<Contribution> contributions() {
        return related("contributions", Contribution.class);
    }

    /** Credits {@code author} with {@code role} after the book's other credits. The book must be saved. */
    public Contribution credit(Author author, ContributorRole role) {
        Object last = contributions().aggregate(org.alcove.orm.Max.of("position")).get("position__max");
        int next = last == null ? 0 : ((Number) last).intValue() + 1;
        return contributions().create(new Contribution(this, author, role, next));
    }

    public ManyToMany<Tag> tags() {
        return manyToMany("tags");
    }

    public QuerySet<Identifier> identifiers() {
        return related("identifiers", Identifier.class);
    }

    public QuerySet<Reading> readings() {
        return related("readings", Reading.class);
    }

    public QuerySet<Copy> copies() {
        return related("copies", Copy.class);
    }

    @Override
    public String toString() {
        return getTitle();
    }

    /** The row's version: how many times it was written (see {@link org.alcove.orm.Meta#version}). */
    public long getVersion() {
        touch("version");
        return version;
    }

}
