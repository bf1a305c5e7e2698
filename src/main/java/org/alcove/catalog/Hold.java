package org.alcove.catalog;

import java.time.LocalDate;

import org.alcove.orm.DateField;
import org.alcove.orm.ForeignKey;
import org.alcove.orm.Meta;
import org.alcove.orm.Model;
import org.alcove.orm.OnDelete;

/**
 * A borrower waiting for a book (any of its copies): a queue per book, first placed first served.
 * Open until the borrower takes a copy out or the hold is cancelled.
 */
@Meta(table = "hold", ordering = {"placed", "id"})
public class Hold extends Model {
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "holds")
    private Book book;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "holds")
    private Borrower borrower;

    @DateField
    private LocalDate placed;

    @DateField(nullable = true, blank = true)
    private LocalDate closed;

    public Hold() {
    }

    public Hold(Book book, Borrower borrower, LocalDate placed) {
        this.book = book;
        this.borrower = borrower;
        this.placed = placed;
    }

    public Book getBook() {
        touch("book");
        return book;
    }

    public Borrower getBorrower() {
        touch("borrower");
        return borrower;
    }

    public LocalDate getPlaced() {
        touch("placed");
        return placed;
    }

    public LocalDate getClosed() {
        touch("closed");
        return closed;
    }

    public Hold setClosed(LocalDate closed) {
        this.closed = closed;
        return this;
    }
}
