package org.alcove.catalog.search;

import java.text.Normalizer;
import java.util.Locale;

import org.alcove.catalog.ContributorRole;
import org.alcove.catalog.Genre;
import org.alcove.catalog.ReadingStatus;

/** Turns a field term such as {@code pages:100..400} into a {@link SearchExpr.Term}, or explains why it can't. */
final class FieldValueParser {

    private static final int MAX_DIGITS = 9;
    private static final int ISBN13_LENGTH = 13;
    private static final int ISBN10_LENGTH = 10;

    private FieldValueParser() {
    }

    static SearchExpr.Term term(Token token) {
        SearchField field = SearchField.byName(token.text()).orElseThrow(() -> unknownField(token));
        String value = token.value();
        int at = token.valuePosition();
        if (value.isBlank()) {
            throw new SearchSyntaxException("'" + field.fieldName() + "' needs a value", at,
                    "write it right after the colon, like " + example(field));
        }
        TermValue parsed = switch (field) {
            case TITLE, AUTHOR, PUBLISHER, LANG, SERIES, BORROWER, TAG, BARCODE, LOCATION -> text(value);
            case ROLE -> role(value, at);
            case IN -> where(value, at);
            case HAS -> has(value, at);
            case LOANED, OVERDUE -> yesNo(field, value, at);
            case STATUS -> status(value, at);
            case GENRE -> genre(value, at);
            case ISBN -> isbn(value, at);
            case PAGES, YEAR, RATING -> numeric(field, value, at);
        };
        return new SearchExpr.Term(field, parsed, token.position());
    }

    /** What a book has: {@code has:cover} is the one thing asked so far. */
    private static TermValue has(String value, int at) {
        if (!value.equalsIgnoreCase("cover")) {
            throw new SearchSyntaxException("Unknown 'has:" + SearchSyntaxException.excerpt(value) + "'", at, "write has:cover or -has:cover");
        }
        return new TermValue.Text("cover");
    }

    /** Free text, normalised to NFC so a decomposed "é" typed on some systems finds a composed one. */
    static TermValue.Text text(String value) {
        return new TermValue.Text(Normalizer.normalize(value, Normalizer.Form.NFC));
    }

    private static SearchSyntaxException unknownField(Token token) {
        if (token.text().isEmpty()) {
            return new SearchSyntaxException("Missing field name before ':'", token.position(),
                    "fields are " + SearchField.choices());
        }
        return new SearchSyntaxException("Unknown field '" + SearchSyntaxException.excerpt(token.text()) + "'", token.position(),
                "fields are " + SearchField.choices());
    }

    /** A genre's name or code, matched whatever its case, spaces, hyphens and underscores; a genre the catalogue lacks finds nothing. */
    private static TermValue genre(String value, int at) {
        if (Genre.key(value).isEmpty()) {
            throw new SearchSyntaxException("Missing genre after 'genre:'", at, "write a genre's name or code, as in genre:fiction or genre:FIC");
        }
        return new TermValue.Text(value);
    }

    /** {@code in:trash}, the only place a search can look besides the catalogue. */
    private static TermValue where(String value, int at) {
        if (!value.equalsIgnoreCase("trash")) {
            throw new SearchSyntaxException("'in' takes only trash, got '" + SearchSyntaxException.excerpt(value) + "'", at,
                    "in:trash searches what was deleted, like in:trash dune");
        }
        return new TermValue.Text("trash");
    }

    private static TermValue role(String value, int at) {
        return ContributorRole.parse(value)
                .map(r -> new TermValue.Text(r.code()))
                .orElseThrow(() -> new SearchSyntaxException("Unknown role '" + SearchSyntaxException.excerpt(value) + "'", at,
                        "roles are author, editor, translator, illustrator and contributor"));
    }

    /** {@code yes}/{@code no} (also true/false, y/n), kept as the text "yes" or "no". */
    private static TermValue yesNo(SearchField field, String value, int at) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "yes", "y", "true" -> new TermValue.Text("yes");
            case "no", "n", "false" -> new TermValue.Text("no");
            default -> throw new SearchSyntaxException("'" + field.fieldName() + "' takes yes or no, got '"
                    + SearchSyntaxException.excerpt(value) + "'", at, "for example " + example(field));
        };
    }

    private static TermValue status(String value, int at) {
        return ReadingStatus.parse(value)
                .map(st -> new TermValue.Text(st.code()))
                .orElseThrow(() -> new SearchSyntaxException("Unknown status '" + SearchSyntaxException.excerpt(value) + "'", at,
                        "statuses are " + java.util.Arrays.stream(ReadingStatus.values()).map(ReadingStatus::code)
                                .collect(java.util.stream.Collectors.joining(", "))));
    }

    private static TermValue isbn(String value, int at) {
        String digits = value.replace("-", "");
        boolean isbn10WithX = digits.length() == ISBN10_LENGTH && allDigits(digits.substring(0, ISBN10_LENGTH - 1))
                && (digits.endsWith("X") || digits.endsWith("x"));
        if (digits.isEmpty() || !(allDigits(digits) || isbn10WithX)) {
            throw new SearchSyntaxException("'isbn' takes digits and hyphens, got '" + SearchSyntaxException.excerpt(value) + "'", at,
                    "for example isbn:978-0141439518 or isbn:978");
        }
        if (digits.length() > ISBN13_LENGTH) {
            throw new SearchSyntaxException("'isbn' has at most 13 digits, got " + digits.length(), at);
        }
        return new TermValue.Text(digits.toUpperCase(Locale.ROOT));
    }

    private static TermValue numeric(SearchField field, String value, int at) {
        int dots = value.indexOf("..");
        if (dots >= 0) {
            java.math.BigDecimal low = number(field, value.substring(0, dots), at);
            java.math.BigDecimal high = number(field, value.substring(dots + 2), at + dots + 2);
            if (low.compareTo(high) > 0) {
                throw new SearchSyntaxException("'" + field.fieldName() + "' range " + value + " is backwards", at,
                        "write the smaller number first, like " + high.toPlainString() + ".." + low.toPlainString());
            }
            return new TermValue.Range(low, high);
        }
        for (TermValue.Comparison.Operator op : new TermValue.Comparison.Operator[] {
                TermValue.Comparison.Operator.GREATER_OR_EQUAL, TermValue.Comparison.Operator.LESS_OR_EQUAL,
                TermValue.Comparison.Operator.GREATER, TermValue.Comparison.Operator.LESS}) {
            if (value.startsWith(op.symbol())) {
                int n = op.symbol().length();
                return new TermValue.Comparison(op, number(field, value.substring(n), at + n));
            }
        }
        int n = value.startsWith("=") ? 1 : 0;
        return new TermValue.Comparison(TermValue.Comparison.Operator.EQUAL, number(field, value.substring(n), at + n));
    }

    private static java.math.BigDecimal number(SearchField field, String digits, int at) {
        String name = "'" + field.fieldName() + "'";
        if (digits.isEmpty()) {
            throw new SearchSyntaxException(name + " needs a number", at, "for example " + example(field));
        }
        boolean negative = field == SearchField.YEAR && digits.startsWith("-") && digits.length() > 1;
        if (negative) {
            return number(field, digits.substring(1), at + 1).negate();
        }
        int point = digits.indexOf('.');
        if (field == SearchField.RATING && point > 0 && digits.length() == point + 2
                && (digits.charAt(point + 1) == '5' || digits.charAt(point + 1) == '0')) {
            // a rating goes in halves: 4.5
            return number(field, digits.substring(0, point), at).add(digits.charAt(point + 1) == '5'
                    ? new java.math.BigDecimal("0.5") : java.math.BigDecimal.ZERO);
        }
        if (!allDigits(digits)) {
            throw new SearchSyntaxException(name + " needs a number, got '" + SearchSyntaxException.excerpt(digits) + "'", at,
                    "for example " + example(field));
        }
        if (digits.length() > MAX_DIGITS) {
            throw new SearchSyntaxException(name + " number " + SearchSyntaxException.excerpt(digits) + " is too large", at);
        }
        return java.math.BigDecimal.valueOf(Integer.parseInt(digits));
    }

    private static boolean allDigits(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String example(SearchField field) {
        return switch (field) {
            case TITLE -> "title:river or title:\"the river\"";
            case AUTHOR -> "author:austen";
            case GENRE -> "genre:fiction, genre:\"science fiction\" or genre:FIC";
            case ISBN -> "isbn:978-0141439518 or isbn:978";
            case PAGES -> "pages:400, pages:>400 or pages:100..400";
            case YEAR -> "year:1850, year:>1900, year:1800..1850 or year:-800..0 (BCE)";
            case RATING -> "rating:5, rating:4.5, rating:>=4 or rating:3..5";
            case PUBLISHER -> "publisher:penguin";
            case LANG -> "lang:fr or lang:french";
            case SERIES -> "series:earthsea";
            case STATUS -> "status:read, status:reading, status:to-read or status:abandoned";
            case LOANED -> "loaned:yes or loaned:no";
            case OVERDUE -> "overdue:yes or overdue:no";
            case BORROWER -> "borrower:ada";
            case TAG -> "tag:history (History.Ancient too) or tag:history.ancient";
            case ROLE -> "role:translator, role:editor or role:illustrator";
            case BARCODE -> "barcode:A00123";
            case LOCATION -> "location:\"shelf a\"";
            case IN -> "in:trash or in:trash dune";
            case HAS -> "has:cover or -has:cover";
        };
    }
}
