package org.alcove.catalog;

import org.alcove.orm.CharField;
import org.alcove.orm.ForeignKey;
import org.alcove.orm.Meta;
import org.alcove.orm.Model;
import org.alcove.orm.OnDelete;
import org.alcove.orm.PositiveIntegerField;
import org.alcove.orm.UniqueConstraint;

/**
 * One person's part in a book: the through model of {@link Book#contributors()}, with the role
 * (author, editor, translator, illustrator, contributor) and the position in the book's credits
 * (0 first). A person has a given role on a book once.
 */
@Meta(table = "contribution", ordering = {"book", "position"},
        constraints = @UniqueConstraint(fields = {"book", "author", "role"}, name = "contribution_book_author_role_uniq"))
public class Contribution extends Model {
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "contributions")
    private Book book;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "contributions")
    private Author author;

    @CharField(maxLength = 3, choices = ContributorRole.class, defaultValue = "aut")
    private ContributorRole role = ContributorRole.AUTHOR;

    @PositiveIntegerField(defaultValue = "0")
    private int position;

    public Contribution() {
    }

    public Contribution(Book book, Author author, ContributorRole role, int position) {
        this.book = book;
        this.author = author;
        this.role = role;
        this.position = position;
    }

    public Book getBook() {
        touch("book");
        return book;
    }

    public Author getAuthor() {
        touch("author");
        return author;
    }

    public ContributorRole getRole() {
        touch("role");
        return role;
    }

    public Contribution setRole(ContributorRole role) {
        this.role = role;
        return this;
    }

    public int getPosition() {
        touch("position");
        return position;
    }

    public Contribution setPosition(int position) {
        this.position = position;
        return this;
    }
}
