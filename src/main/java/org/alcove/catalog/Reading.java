package org.alcove.catalog;

import java.time.LocalDate;

import org.alcove.orm.DateField;
import org.alcove.orm.ForeignKey;
import org.alcove.orm.Meta;
import org.alcove.orm.Model;
import org.alcove.orm.OnDelete;

/** One reading of a book: when it was started and finished (either may be unknown); a book may be read many times. */
@Meta(table = "reading", ordering = {"book", "finished"})
public class Reading extends Model {
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "readings")
    private Book book;

    @DateField(nullable = true, blank = true)
    private LocalDate started;

    @DateField(nullable = true, blank = true)
    private LocalDate finished;

    public Reading() {
    }

    /**
     * A reading of {@code book}.
     *
     * @throws IllegalArgumentException when it finishes before it starts
     */
    public Reading(Book book, LocalDate started, LocalDate finished) {
        if (started != null && finished != null && finished.isBefore(started)) {
            throw new IllegalArgumentException("a reading cannot finish (" + finished + ") before it starts (" + started + ")");
        }
        this.book = book;
        this.started = started;
        this.finished = finished;
    }

    public Book getBook() {
        touch("book");
        return book;
    }

    public LocalDate getStarted() {
        touch("started");
        return started;
    }

    public LocalDate getFinished() {
        touch("finished");
        return finished;
    }
}
