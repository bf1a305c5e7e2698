package org.alcove.catalog;

import java.util.Locale;
import java.util.regex.Pattern;

import org.alcove.orm.CharField;
import org.alcove.orm.ForeignKey;
import org.alcove.orm.Meta;
import org.alcove.orm.Model;
import org.alcove.orm.OnDelete;
import org.alcove.orm.UniqueConstraint;

/**
 * An identifier of a book besides its ISBN: a scheme ({@code asin}, {@code oclc}, {@code lccn},
 * {@code goodreads}, {@code librarything}, or any other lower-case name) and a value.
 */
@Meta(table = "identifier", ordering = {"book", "scheme"},
        constraints = @UniqueConstraint(fields = {"book", "scheme", "value"}, name = "identifier_book_scheme_value_uniq"))
public class Identifier extends Model {
    /** The schemes the catalogue's importers and the editor offer first; any other short lower-case name is allowed too. */
    public static final java.util.List<String> KNOWN_SCHEMES = java.util.List.of("asin", "oclc", "lccn", "goodreads", "librarything");

    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9_-]{0,19}");

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "identifiers")
    private Book book;

    @CharField(maxLength = 20)
    private String scheme;

    @CharField(maxLength = 100)
    private String value;

    public Identifier() {
    }

    /**
     * An identifier of {@code book}.
     *
     * @throws IllegalArgumentException when the scheme is not a short lower-case name or the value is blank
     */
    public Identifier(Book book, String scheme, String value) {
        this.book = book;
        this.scheme = normaliseScheme(scheme);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an identifier needs a value (scheme " + this.scheme + ")");
        }
        this.value = value.strip();
    }

    /** {@code scheme} lower-cased; refused unless it is a letter then up to 19 letters, digits, '_' or '-'. */
    public static String normaliseScheme(String scheme) {
        String s = scheme == null ? "" : scheme.strip().toLowerCase(Locale.ROOT);
        if (!SCHEME.matcher(s).matches()) {
            throw new IllegalArgumentException("identifier scheme '" + scheme + "' must be a short name of letters, digits, '_' or '-' (e.g. asin, oclc, lccn)");
        }
        return s;
    }

    public Book getBook() {
        touch("book");
        return book;
    }

    public String getScheme() {
        touch("scheme");
        return scheme;
    }

    public String getValue() {
        touch("value");
        return value;
    }
}
