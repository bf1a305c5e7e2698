package org.alcove.catalog;

import org.alcove.orm.CharField;
import org.alcove.orm.ForeignKey;
import org.alcove.orm.Meta;
import org.alcove.orm.Model;
import org.alcove.orm.OnDelete;
import org.alcove.orm.PositiveIntegerField;
import org.alcove.orm.UniqueConstraint;

/**
 * What is left of loans whose history was purged for privacy: how many loans a book had in a month
 * for a borrower group, with no borrower named. Statistics add these to the loans still kept.
 */
@Meta(table = "loan_tally", ordering = {"month", "group"},
        constraints = @UniqueConstraint(fields = {"month", "group", "book"}, name = "loan_tally_month_group_book"))
public class LoanTally extends Model {
    /** The month, as {@code 2026-09}. */
    @CharField(maxLength = 7)
    private String month;

    @CharField(maxLength = 60, blank = true, defaultValue = "")
    private String group = "";

    @ForeignKey(onDelete = OnDelete.SET_NULL, relatedName = "loanTallies", nullable = true, blank = true)
    private Book book;

    @PositiveIntegerField(defaultValue = "0")
    private int loans;

    public LoanTally() {
    }

    public LoanTally(String month, String group, Book book, int loans) {
        this.month = month;
        this.group = group == null ? "" : group;
        this.book = book;
        this.loans = loans;
    }

    public String getMonth() {
        touch("month");
        return month;
    }

    public String getGroup() {
        touch("group");
        return group;
    }

    public Book getBook() {
        touch("book");
        return book;
    }

    public int getLoans() {
        touch("loans");
        return loans;
    }

    public LoanTally add(int more) {
        this.loans += more;
        return this;
    }
}
