package org.alcove.catalog;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.alcove.orm.BooleanField;
import org.alcove.orm.CharField;
import org.alcove.orm.DateField;
import org.alcove.orm.ForeignKey;
import org.alcove.orm.Index;
import org.alcove.orm.Meta;
import org.alcove.orm.Model;
import org.alcove.orm.OnDelete;
import org.alcove.orm.PositiveIntegerField;
import org.alcove.orm.Q;

/**
 * A copy lent to a borrower: open until it is returned (a lost copy's loan stays open, so the copy
 * cannot be lent again until it is found and returned). A copy has at most one open loan, which the
 * database enforces with a partial unique index (migration 0008). The history keeps the title,
 * barcode and group as they were, so it survives the copy or the borrower being deleted.
 */
@Meta(table = "loan", ordering = {"-loaned", "-id"}, indexes = {@Index(fields = "due"), @Index(fields = "loaned")})
public class Loan extends Model {
    @ForeignKey(onDelete = OnDelete.SET_NULL, relatedName = "loans", nullable = true, blank = true)
    private Copy copy;

    @ForeignKey(onDelete = OnDelete.SET_NULL, relatedName = "loans", nullable = true, blank = true)
    private Borrower borrower;

    @ForeignKey(onDelete = OnDelete.SET_NULL, relatedName = "loans", nullable = true, blank = true)
    private Book book;

    @CharField(maxLength = 40, blank = true, defaultValue = "")
    private String barcode = "";

    @CharField(maxLength = 60, blank = true, defaultValue = "")
    private String group = "";

    @DateField
    private LocalDate loaned;

    @DateField
    private LocalDate due;

    @DateField(nullable = true, blank = true)
    private LocalDate returned;

    @PositiveIntegerField(defaultValue = "0")
    private int renewals;

    @BooleanField(defaultValue = "false")
    private boolean lost;

    public Loan() {
    }

    /**
     * A new loan of {@code copy} to {@code borrower}.
     *
     * @throws IllegalArgumentException when it is due before it is lent
     */
    public Loan(Copy copy, Borrower borrower, LocalDate loaned, LocalDate due) {
        if (due.isBefore(loaned)) {
            throw new IllegalArgumentException("a loan cannot be due (" + due + ") before it is lent (" + loaned + ")");
        }
        this.copy = copy;
        this.borrower = borrower;
        this.book = copy.getBook();
        this.barcode = copy.getBarcode() == null ? "" : copy.getBarcode();
        this.group = borrower.getGroup();
        this.loaned = loaned;
        this.due = due;
    }

    public Copy getCopy() {
        touch("copy");
        return copy;
    }

    public Borrower getBorrower() {
        touch("borrower");
        return borrower;
    }

    public Book getBook() {
        touch("book");
        return book;
    }

    public String getBarcode() {
        touch("barcode");
        return barcode;
    }

    public String getGroup() {
        touch("group");
        return group;
    }

    public LocalDate getLoaned() {
        touch("loaned");
        return loaned;
    }

    public LocalDate getDue() {
        touch("due");
        return due;
    }

    public Loan setDue(LocalDate due) {
        this.due = due;
        return this;
    }

    public LocalDate getReturned() {
        touch("returned");
        return returned;
    }

    public Loan setReturned(LocalDate returned) {
        this.returned = returned;
        return this;
    }

    public int getRenewals() {
        touch("renewals");
        return renewals;
    }

    public Loan renewed(LocalDate newDue) {
        this.renewals++;
        this.due = newDue;
        return this;
    }

    public boolean isLost() {
        touch("lost");
        return lost;
    }

    public Loan setLost(boolean lost) {
        this.lost = lost;
        return this;
    }

    /**
     * The loans still out (on loan or lost), as a filter; {@code prefix} leads to the loans from the
     * model queried: {@code ""} on Loan itself, {@code "loans__"} from a Borrower or a Book.
     */
    public static Q out(String prefix) {
        return Q.of(prefix + "returned__isnull", true);
    }

    /** The loans out past their due date on {@code today}, as a filter (a lost copy is not overdue); {@code prefix} as for {@link #out}. */
    public static Q overdue(String prefix, LocalDate today) {
        return out(prefix).and(Q.of(prefix + "lost", false)).and(Q.of(prefix + "due__lt", today));
    }

    /** Whether the copy is still out (on loan or lost). */
    public boolean isOpen() {
        return getReturned() == null;
    }

    /** Days past the due date on {@code today} (or on the day it came back), 0 when not late. */
    public long daysLate(LocalDate today) {
        LocalDate end = getReturned() != null ? getReturned() : today;
        return Math.max(0, ChronoUnit.DAYS.between(getDue(), end));
    }
}
