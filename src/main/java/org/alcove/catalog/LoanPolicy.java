package org.alcove.catalog;

import org.alcove.orm.CharField;
import org.alcove.orm.Meta;
import org.alcove.orm.Model;
import org.alcove.orm.PositiveIntegerField;

/**
 * How long a borrower group keeps a copy, how often it may renew, and how many copies it may hold at
 * once. The policy with the blank group is the default for groups with none of their own; with no
 * policy at all, {@link #DEFAULT_LOAN_DAYS} days, {@link #DEFAULT_RENEWALS} renewals and
 * {@link #DEFAULT_MAX_LOANS} copies apply.
 */
@Meta(table = "loan_policy", ordering = "group")
public class LoanPolicy extends Model {
    public static final int DEFAULT_LOAN_DAYS = 14;
    public static final int DEFAULT_RENEWALS = 2;
    public static final int DEFAULT_MAX_LOANS = 5;

    @CharField(maxLength = 60, unique = true, blank = true)
    private String group = "";

    @PositiveIntegerField(defaultValue = "14")
    private int loanDays = DEFAULT_LOAN_DAYS;

    @PositiveIntegerField(defaultValue = "2")
    private int maxRenewals = DEFAULT_RENEWALS;

    @PositiveIntegerField(defaultValue = "5")
    private int maxLoans = DEFAULT_MAX_LOANS;

    public LoanPolicy() {
    }

    /**
     * A policy for {@code group} (blank for the default).
     *
     * @throws IllegalArgumentException for loan days below 1 or negative counts
     */
    public LoanPolicy(String group, int loanDays, int maxRenewals, int maxLoans) {
        if (loanDays < 1) {
            throw new IllegalArgumentException("a loan lasts at least one day, not " + loanDays);
        }
        if (maxRenewals < 0 || maxLoans < 0) {
            throw new IllegalArgumentException("renewals and loans at once cannot be negative");
        }
        this.group = group == null ? "" : group.strip();
        this.loanDays = loanDays;
        this.maxRenewals = maxRenewals;
        this.maxLoans = maxLoans;
    }

    /** The built-in policy, when the catalogue has none. */
    public static LoanPolicy builtIn() {
        return new LoanPolicy("", DEFAULT_LOAN_DAYS, DEFAULT_RENEWALS, DEFAULT_MAX_LOANS);
    }

    public String getGroup() {
        touch("group");
        return group;
    }

    public int getLoanDays() {
        touch("loanDays");
        return loanDays;
    }

    public int getMaxRenewals() {
        touch("maxRenewals");
        return maxRenewals;
    }

    public int getMaxLoans() {
        touch("maxLoans");
        return maxLoans;
    }
}
