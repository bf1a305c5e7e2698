package org.alcove.catalog.browse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alcove.catalog.io.InvalidValueException;
import org.alcove.catalog.io.Isbn;

/**
 * Which fields of two drafts of one book differ, compared as they would be stored: an ISBN-10 and
 * its ISBN-13 are the same, "4.50" is "4.5", tags in any order and case are the same tags.
 */
final class DraftDifferences {
    private DraftDifferences() {
    }

    /** The fields where {@code theirs} and {@code mine} differ, each marked when {@code theirs} changed it from {@code base}. */
    static List<FieldDifference> between(BookDraft base, BookDraft theirs, BookDraft mine) {
        Map<BookField, String> b = shown(base);
        Map<BookField, String> t = shown(theirs);
        Map<BookField, String> m = shown(mine);
        List<FieldDifference> out = new ArrayList<>();
        for (BookField f : BookField.values()) {
            if (!m.containsKey(f) || !t.containsKey(f)) { // a draft that leaves a field as it is differs in nothing there
                continue;
            }
            if (!key(f, t.get(f)).equals(key(f, m.get(f)))) {
                out.add(new FieldDifference(f, t.get(f), m.get(f), !key(f, t.get(f)).equals(key(f, b.get(f)))));
            }
        }
        return out;
    }

    /** Each field as the form shows it; the texts and lists only when the draft holds them (see {@link BookDraft.More}). */
    static Map<BookField, String> shown(BookDraft d) {
        Map<BookField, String> v = new EnumMap<>(BookField.class);
        BookDraft.More m = d.more();
        v.put(BookField.TITLE, strip(d.title()));
        v.put(BookField.AUTHOR, strip(d.authorName()));
        v.put(BookField.PUBLISHED, d.published() == null ? "" : d.published().toString());
        v.put(BookField.GENRE, d.genre() == null ? "" : d.genre().getName());
        v.put(BookField.PAGES, strip(d.pages()));
        v.put(BookField.ISBN, strip(d.isbn()));
        v.put(BookField.SERIES, strip(m.series()));
        v.put(BookField.SERIES_INDEX, strip(m.seriesIndex()));
        v.put(BookField.FIRST_PUBLISHED, strip(m.firstPublished()));
        v.put(BookField.PUBLISHER, strip(m.publisher()));
        v.put(BookField.LANGUAGE, strip(m.language()));
        v.put(BookField.FORMAT, strip(m.format()));
        v.put(BookField.STATUS, m.status() == null ? "" : m.status().label());
        v.put(BookField.RATING, strip(m.rating()));
        v.put(BookField.TAGS, String.join(", ", BookEditing.tagNames(m.tags())));
        v.put(BookField.CONTRIBUTORS, String.join("\n", strip(m.contributors()).lines().map(String::strip).filter(l -> !l.isEmpty()).toList()));
        if (m.texts() != null) {
            v.put(BookField.DESCRIPTION, strip(m.texts().description()));
            v.put(BookField.NOTES, strip(m.texts().notes()));
            v.put(BookField.REVIEW, strip(m.texts().review()));
        }
        if (m.identifiers() != null) {
            v.put(BookField.IDENTIFIERS, String.join(", ", m.identifiers().stream()
                    .map(i -> strip(i.scheme()).toLowerCase(Locale.ROOT) + " " + strip(i.value())).toList()));
        }
        if (m.readings() != null) {
            v.put(BookField.READINGS, String.join(", ", m.readings().stream()
                    .map(r -> (strip(r.started()).isEmpty() ? "?" : strip(r.started())) + " to "
                            + (strip(r.finished()).isEmpty() ? "?" : strip(r.finished()))).toList()));
        }
        return v;
    }

    /** What a field's value is once stored, for comparing. */
    private static String key(BookField f, String shown) {
        switch (f) {
            case ISBN:
                try {
                    return shown.isEmpty() ? "" : Isbn.toIsbn13(shown);
                } catch (InvalidValueException e) {
                    return shown;
                }
            case SERIES_INDEX, RATING, PAGES, FIRST_PUBLISHED:
                try {
                    return shown.isEmpty() ? "" : new BigDecimal(shown.replace(',', '.')).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    return shown;
                }
            case SERIES: // a series is found by its name, ignoring case
                return shown.toLowerCase(Locale.ROOT);
            case IDENTIFIERS, READINGS: // the same rows in any order are the same
                return List.of(shown.split(", ")).stream().sorted().toList().toString();
            case TAGS:
                return List.of(shown.toLowerCase(Locale.ROOT).split("\\s*,\\s*")).stream().sorted().toList().toString();
            default:
                return shown;
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
