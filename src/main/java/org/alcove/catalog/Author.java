package org.alcove.catalog;

import java.time.LocalDate;

import org.alcove.orm.CharField;
import org.alcove.orm.DateField;
import org.alcove.orm.Index;
import org.alcove.orm.IntegerField;
import org.alcove.orm.ManyToMany;
import org.alcove.orm.Meta;
import org.alcove.orm.Model;
import org.alcove.orm.QuerySet;
import org.alcove.orm.TextField;

/**
 * An author, as the seed defines it: name, an optional birth date and a biography that may be
 * blank. The name is indexed (since migration 0004): it is the default ordering, the books table's
 * author sort walks it, and {@code name__startswith} reads a range of it.
 */
@Meta(table = "author", ordering = "name", version = "version", indexes = @Index(fields = "name"))
public class Author extends Model {
    @CharField(maxLength = 100)
    private String name;

    /** The name as it sorts ("Le Guin, Ursula K."): made from the name when the author is made or renamed, unless set by hand. */
    @CharField(maxLength = 100, blank = true, defaultValue = "")
    private String sortName = "";

    @DateField(nullable = true, blank = true)
    private LocalDate birthDate;

    @TextField(blank = true, defaultValue = "")
    private String biography = "";

    /** Goes up by one with every write of the row (since migration 0011): a save made from an older read is refused, so two desks never overwrite each other unawares. */
    @IntegerField(defaultValue = "0")
    private long version;

    public Author() {
    }

    public Author(String name, LocalDate birthDate) {
        this.name = name;
        this.sortName = name == null ? "" : Names.sortForm(name);
        this.birthDate = birthDate;
    }

    public String getName() {
        touch("name");
        return name;
    }

    /** Renames the author; a sort name made from the old name is made again from the new one, one set by hand is kept. */
    public Author setName(String name) {
        String old = getName();
        String sort = getSortName();
        if (old == null || sort.equals(Names.sortForm(old))) {
            this.sortName = name == null ? "" : Names.sortForm(name);
        }
        this.name = name;
        return this;
    }

    /** The sort form of the name: as set, or made from the name ({@link Names#sortForm}) when none was. */
    public String getSortName() {
        touch("sortName");
        return sortName == null || sortName.isEmpty() ? Names.sortForm(getName()) : sortName;
    }

    public Author setSortName(String sortName) {
        this.sortName = sortName == null ? "" : sortName;
        return this;
    }

    /** Every book crediting this author in any role, through {@link Contribution}. */
    public ManyToMany<Book> contributedBooks() {
        return manyToMany("contributedBooks");
    }

    public LocalDate getBirthDate() {
        touch("birthDate");
        return birthDate;
    }

    public Author setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
        return this;
    }

    public String getBiography() {
        touch("biography");
        return biography;
    }

    public Author setBiography(String biography) {
        this.biography = biography == null ? "" : biography;
        return this;
    }

    /** This author's books (the reverse side of {@link Book#getAuthor()}). */
    public QuerySet<Book> books() {
        return related("books", Book.class);
    }

    @Override
    public String toString() {
        return getName();
    }

    /** The row's version: how many times it was written (see {@link org.alcove.orm.Meta#version}). */
    public long getVersion() {
        touch("version");
        return version;
    }

}
