package org.alcove.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A person's name in its two forms: the display form ("Ursula K. Le Guin") and the sort form
 * ("Le Guin, Ursula K."). Either form given turns into the other, so "Muir, Tamsyn" and
 * "Tamsyn Muir" name one author. Surname particles (de, van, von, le, ...) stay with the surname;
 * suffixes (Jr., III) follow it.
 *
 * <pre>{@code
 * Names.displayForm("Le Guin, Ursula K.")   // "Ursula K. Le Guin"
 * Names.sortForm("Ursula K. Le Guin")       // "Le Guin, Ursula K."
 * Names.sortForm("Homer")                   // "Homer"
 * }</pre>
 */
public final class Names {
    private static final Set<String> PARTICLES = Set.of("de", "del", "della", "der", "den", "di", "da", "du", "des", "la", "le",
            "van", "von", "ten", "ter", "zu", "dos", "das", "st.", "bin", "ibn", "al", "el", "y");
    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "ph.d.", "md");

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern COMMA = java.util.regex.Pattern.compile("\\s*,\\s*");

    private Names() {
    }

    /** The display form of {@code name} in either form, with runs of spaces folded: "Muir, Tamsyn" becomes "Tamsyn Muir". */
    public static String displayForm(String name) {
        String n = fold(name);
        int comma = n.indexOf(',');
        if (comma < 0) {
            return n;
        }
        String last = n.substring(0, comma).strip();
        String rest = n.substring(comma + 1).strip();
        String suffix = "";
        int second = rest.indexOf(',');
        if (second >= 0) {
            suffix = rest.substring(second + 1).strip();
            rest = rest.substring(0, second).strip();
        } else if (SUFFIXES.contains(rest.toLowerCase(Locale.ROOT))) {
            return (last + " " + rest).strip();
        }
        if (rest.isEmpty()) {
            return last;
        }
        return (rest + " " + last + (suffix.isEmpty() ? "" : " " + suffix)).strip();
    }

    /** The sort form of {@code name} in either form: "Ursula K. Le Guin" becomes "Le Guin, Ursula K."; a single name stays. */
    public static String sortForm(String name) {
        String display = displayForm(name);
        List<String> words = new ArrayList<>(Arrays.asList(display.split(" ")));
        if (words.size() < 2) {
            return display;
        }
        String suffix = "";
        if (SUFFIXES.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT)) && words.size() > 2) {
            suffix = words.remove(words.size() - 1);
        }
        int start = words.size() - 1;
        while (start > 1 && PARTICLES.contains(words.get(start - 1).toLowerCase(Locale.ROOT))) {
            start--;
        }
        String last = String.join(" ", words.subList(start, words.size()));
        String first = String.join(" ", words.subList(0, start));
        return last + ", " + first + (suffix.isEmpty() ? "" : ", " + suffix);
    }

    /**
     * The key the spellings of one person share: the display form, lower-cased, without accents
     * or the dots and spaces between initials. So {@code "Muir, Tamsyn"} and {@code "Tamsyn Muir"},
     * {@code "Mikhaïl Boulgakov"} and {@code "Mikhail Boulgakov"}, {@code "J.R.R. Tolkien"} and
     * {@code "J. R. R. Tolkien"} each give one key.
     */
    public static String key(String name) {
        String k = displayForm(name).toLowerCase(Locale.ROOT);
        for (int i = 0; i < k.length(); i++) {
            if (k.charAt(i) >= 0x80 || k.charAt(i) == '.') {
                k = MARKS.matcher(java.text.Normalizer.normalize(k, java.text.Normalizer.Form.NFD)).replaceAll("");
                k = INITIAL_GAP.matcher(DOTS.matcher(k).replaceAll(" ").strip()).replaceAll("$1");
                return SPACES.matcher(k).replaceAll(" ");
            }
        }
        return INITIAL_GAP.matcher(k).replaceAll("$1");
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern DOTS = java.util.regex.Pattern.compile("\\.\\s*");
    /** The space after a one-letter word that another one-letter word follows: "j r r tolkien". */
    private static final java.util.regex.Pattern INITIAL_GAP = java.util.regex.Pattern.compile("(?<=^|\\s)(\\p{L}) (?=\\p{L}(?:\\s|$))");

    private static String fold(String name) {
        return name == null ? "" : COMMA.matcher(SPACES.matcher(name.strip()).replaceAll(" ")).replaceAll(", ");
    }
}
