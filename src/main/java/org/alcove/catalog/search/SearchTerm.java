package org.alcove.catalog.search;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Search-language terms for a value picked from a list (the sidebar's tags, series, statuses and
 * locations), and a search text with such a term added or taken out again.
 *
 * <pre>{@code
 * SearchTerm.of(SearchField.SERIES, "The Expanse")     // series:"The Expanse"
 * SearchTerm.toggled("austen", "status:read")          // austen status:read
 * SearchTerm.toggled("austen status:read", "status:read") // austen
 * }</pre>
 */
public final class SearchTerm {
    private static final Pattern OR = Pattern.compile("(?i)(^|[\\s()])or([\\s()]|$)");

    private SearchTerm() {
    }

    /**
     * The term finding {@code value} in {@code field}, quoted when it holds spaces or parentheses.
     * The language has no escape for a quote, so a value holding one is searched by its longest
     * stretch without quotes (text fields match what contains it); empty when nothing is left.
     */
    public static Optional<String> of(SearchField field, String value) {
        String longest = "";
        for (String part : value.split("\"", -1)) {
            if (part.strip().length() > longest.length()) {
                longest = part.strip();
            }
        }
        if (longest.isEmpty() || longest.length() > SearchTokenizer.MAX_TERM) {
            return Optional.empty();
        }
        boolean plain = longest.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '(' || c == ')');
        return Optional.of(field.fieldName() + ":" + (plain ? longest : "\"" + longest + "\""));
    }

    /** Whether {@code search} holds {@code term} as a term of its own (not inside a longer word). */
    public static boolean contains(String search, String term) {
        return occurrence(search, term).find();
    }

    /**
     * {@code search} without {@code term} when it holds it, else with it added so that both must
     * match: side by side, or after the search in parentheses when the search has an {@code or}.
     */
    public static String toggled(String search, String term) {
        String text = search == null ? "" : search.strip();
        Matcher m = occurrence(text, term);
        if (m.find()) {
            String rest = (text.substring(0, m.start()) + " " + text.substring(m.end())).strip().replaceAll("\\s{2,}", " ");
            return rest.replace("( ", "(").replace(" )", ")");
        }
        if (text.isEmpty()) {
            return term;
        }
        return OR.matcher(text).find() ? "(" + text + ") " + term : text + " " + term;
    }

    private static Matcher occurrence(String search, String term) {
        return Pattern.compile("(?<=^|[\\s(])" + Pattern.quote(term) + "(?=$|[\\s)])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(search == null ? "" : search);
    }
}
