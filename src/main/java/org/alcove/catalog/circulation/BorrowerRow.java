package org.alcove.catalog.circulation;

/**
 * A borrower as the desk's list shows them.
 *
 * @param name the name
 * @param card the card number
 * @param group the group or class
 * @param active whether the card may borrow
 * @param out copies out now (lost ones included)
 * @param overdue copies out past their due date
 */
public record BorrowerRow(String name, String card, String group, boolean active, long out, long overdue) {
}
