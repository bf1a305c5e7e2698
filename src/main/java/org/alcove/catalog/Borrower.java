package org.alcove.catalog;

import org.alcove.orm.BooleanField;
import org.alcove.orm.CharField;
import org.alcove.orm.Index;
import org.alcove.orm.IntegerField;
import org.alcove.orm.Meta;
import org.alcove.orm.Model;
import org.alcove.orm.TextField;

/**
 * Someone who borrows copies: a pupil, a teacher, a club member. The card number is what a scanner
 * reads from their card (unique); the group ("Year 7", "Staff") chooses the loan policy. A borrower
 * who leaves is made inactive rather than deleted, so the loan history keeps its name.
 */
@Meta(table = "borrower", ordering = {"name", "card"}, version = "version", indexes = @Index(fields = "name"))
public class Borrower extends Model {
    @CharField(maxLength = 200)
    private String name;

    @CharField(maxLength = 40, unique = true)
    private String card;

    @CharField(maxLength = 60, blank = true, defaultValue = "")
    private String group = "";

    @CharField(maxLength = 200, blank = true, defaultValue = "")
    private String contact = "";

    @TextField(blank = true, defaultValue = "")
    private String notes = "";

    @BooleanField(defaultValue = "true")
    private boolean active = true;

    /** Goes up by one with every write of the row (since migration 0011): a save made from an older read is refused, so two desks never overwrite each other unawares. */
    @IntegerField(defaultValue = "0")
    private long version;

    public Borrower() {
    }

    /**
     * A borrower with a card number.
     *
     * @throws IllegalArgumentException when the name or the card is blank
     */
    public Borrower(String name, String card) {
        setName(name);
        setCard(card);
    }

    public String getName() {
        touch("name");
        return name;
    }

    public Borrower setName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a borrower needs a name");
        }
        this.name = name.strip();
        return this;
    }

    public String getCard() {
        touch("card");
        return card;
    }

    /** @throws IllegalArgumentException for a blank card number or one with spaces inside (a scanner cannot type it) */
    public Borrower setCard(String card) {
        this.card = Barcodes.require(card, "card number");
        return this;
    }

    public String getGroup() {
        touch("group");
        return group;
    }

    public Borrower setGroup(String group) {
        this.group = group == null ? "" : group.strip();
        return this;
    }

    public String getContact() {
        touch("contact");
        return contact;
    }

    public Borrower setContact(String contact) {
        this.contact = contact == null ? "" : contact.strip();
        return this;
    }

    public String getNotes() {
        touch("notes");
        return notes;
    }

    public Borrower setNotes(String notes) {
        this.notes = notes == null ? "" : notes;
        return this;
    }

    public boolean isActive() {
        touch("active");
        return active;
    }

    public Borrower setActive(boolean active) {
        this.active = active;
        return this;
    }

    @Override
    public String toString() {
        return name + " (" + card + ")";
    }

    /** The row's version: how many times it was written (see {@link org.alcove.orm.Meta#version}). */
    public long getVersion() {
        touch("version");
        return version;
    }

}
