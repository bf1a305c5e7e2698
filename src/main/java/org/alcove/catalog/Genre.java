package org.alcove.catalog;

import java.util.Locale;

import org.alcove.orm.CharField;
import org.alcove.orm.Meta;
import org.alcove.orm.Model;
import org.alcove.orm.QuerySet;

/**
 * A genre, a row the user adds to, renames, merges and deletes (since migration 0009; before it a
 * book held one of four fixed codes). The four genres Alcove always had are rows with their old
 * codes, {@code FIC} Fiction, {@code NON} Non-Fiction, {@code SCI} Science and {@code HIS} History,
 * so {@code genre:FIC} and files that say {@code FIC} keep working; a genre added later has no code.
 *
 * <p>Names are unique whatever their case, spaces, hyphens and underscores ("Non-Fiction",
 * "non fiction" and "NONFICTION" are one genre): {@link #key} is that folded form, kept in a
 * unique column because SQLite folds the case of ASCII letters only.
 */
@Meta(table = "genre", ordering = "nameKey")
public class Genre extends Model {
    /** The longest name a genre may have. */
    public static final int NAME_LENGTH = 100;

    @CharField(maxLength = NAME_LENGTH)
    private String name;

    @CharField(maxLength = NAME_LENGTH, unique = true)
    private String nameKey;

    /** The three-letter code of the four original genres (FIC, NON, SCI, HIS); null for the others. */
    @CharField(maxLength = 3, unique = true, nullable = true, blank = true)
    private String code;

    public Genre() {
    }

    public Genre(String name) {
        setName(name);
    }

    public Genre(String name, String code) {
        setName(name);
        this.code = code;
    }

    public String getName() {
        touch("name");
        return name;
    }

    /** Renames the genre; its key follows. */
    public Genre setName(String name) {
        this.name = name;
        this.nameKey = name == null ? null : key(name);
        return this;
    }

    public String getNameKey() {
        touch("nameKey");
        return nameKey;
    }

    public String getCode() {
        touch("code");
        return code;
    }

    public Genre setCode(String code) {
        this.code = code;
        return this;
    }

    /** The books of the genre. */
    public QuerySet<Book> books() {
        return related("books", Book.class);
    }

    /**
     * A genre name or code as compared: lower case, without spaces, hyphens and underscores
     * ({@code Non-Fiction}, {@code non fiction} and {@code NONFICTION} all give {@code nonfiction}).
     */
    public static String key(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.strip().codePoints().filter(c -> c != '-' && c != '_' && !Character.isWhitespace(c)).forEach(b::appendCodePoint);
        return b.toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return getName();
    }
}
