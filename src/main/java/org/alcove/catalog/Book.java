package org.alcove.catalog;

import java.time.LocalDate;

import org.alcove.orm.CharField;
import org.alcove.orm.DateField;
import org.alcove.orm.ForeignKey;
import org.alcove.orm.Index;
import org.alcove.orm.Meta;
import org.alcove.orm.Model;
import org.alcove.orm.OnDelete;
import org.alcove.orm.PositiveIntegerField;

/**
 * A book, as the seed defines it; deleting its author deletes it too. The indexes serve the
 * catalogue's work: publication date (the default ordering, decades, oldest and newest; since
 * migration 0002), genre (the genre statistics walk it instead of sorting the table; since 0003,
 * which replaced a (genre, pages) index that every change of pages had to rewrite), and no second
 * index on isbn, which its unique constraint already indexes.
 */
@Meta(table = "book", ordering = "-publicationDate",
        indexes = {@Index(fields = "title"), @Index(fields = "publicationDate"), @Index(fields = "genre")})
public class Book extends Model {
    @CharField(maxLength = 200)
    private String title;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "books")
    private Author author;

    @DateField
    private LocalDate publicationDate;

    @CharField(maxLength = 13, unique = true)
    private String isbn;

    @CharField(maxLength = 3, choices = Genre.class, defaultValue = "FIC")
    private Genre genre = Genre.FIC;

    @PositiveIntegerField(defaultValue = "0")
    private int pages;

    public Book() {
    }

    public Book(String title, Author author, LocalDate publicationDate, String isbn, Genre genre, int pages) {
        this.title = title;
        this.author = author;
        this.publicationDate = publicationDate;
        this.isbn = isbn;
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

    public Book setIsbn(String isbn) {
        this.isbn = isbn;
        return this;
    }

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

    @Override
    public String toString() {
        return getTitle();
    }
}
