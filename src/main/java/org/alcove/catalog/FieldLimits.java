package org.alcove.catalog;

import java.util.List;

import org.alcove.orm.FieldMeta;
import org.alcove.orm.Model;
import org.alcove.orm.ModelMeta;

/**
 * The limits of the catalogue's text fields, read from the models' field metadata, so the editor,
 * the importers and the scanners check what the columns declare and nothing else: change a
 * model's {@code maxLength} and every check follows. Lengths count characters as people do
 * (code points), as {@link Model#fullClean()} does.
 */
public final class FieldLimits {
    /** A book's title. */
    public static final int TITLE = maxLength(Book.class, "title");
    /** An author's name. */
    public static final int AUTHOR_NAME = maxLength(Author.class, "name");
    /** A copy's barcode (a borrower's card number is read by the same scanner rules). */
    public static final int BARCODE = maxLength(Copy.class, "barcode");
    /** An identifier's value (ASIN, OCLC, ...). */
    public static final int IDENTIFIER = maxLength(Identifier.class, "value");
    /** A tag's name. */
    public static final int TAG = maxLength(Tag.class, "name");

    private FieldLimits() {
    }

    private static int maxLength(Class<? extends Model> model, String field) {
        return field(model, field).maxLength();
    }

    private static FieldMeta field(Class<? extends Model> model, String field) {
        return ModelMeta.of(model).field(field)
                .orElseThrow(() -> new IllegalArgumentException(model.getSimpleName() + " has no field " + field));
    }

    /** What the model's metadata finds wrong with {@code value} for {@code field} (its length, blank, null); empty when nothing. */
    public static List<String> problems(Class<? extends Model> model, String field, Object value) {
        return field(model, field).problems(value);
    }

    /** {@code text} cut to at most {@code max} characters, never inside a character (a surrogate pair). */
    public static String clip(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max));
    }
}
