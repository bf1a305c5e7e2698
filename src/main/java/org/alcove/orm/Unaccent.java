package org.alcove.orm;

import java.text.Normalizer;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text without its accents, as the {@code __unaccent} transform compares it (Django's name, from
 * its PostgreSQL lookups): {@code name__unaccent__icontains="emile"} finds "Émile Zola", and
 * {@code "émile"} finds "Emile". A Latin letter is decomposed canonically and loses its marks, so
 * é, è, ê and e are one letter, as are ñ and n, å and a; Latin letters with no decomposition (ø, ł,
 * æ, ß) stay themselves, and so do the letters of other scripts (Greek ά, Cyrillic й, kana が,
 * Hebrew and Arabic points), whose marks often make another letter. A combining diacritical mark
 * typed on its own (U+0300 to U+036F and the other blocks of such marks) is dropped.
 *
 * <p>This is what SQLite's full-text tokenizer does with {@code remove_diacritics 1}, which the
 * catalogue's search index uses: a search finds the same rows through the index as without it
 * (checked on every code point by the catalogue's {@code UnaccentIndexTest}). The few Latin
 * letters with two marks that it keeps are {@link #KEPT} too.
 */
public final class Unaccent {

    /** Latin letters whose marks stay: those SQLite's {@code remove_diacritics 1} keeps. */
    static final String KEPT = "ǠǡǢǣǮǯǼǽǾǿ";

    private static final ConcurrentHashMap<Integer, String> CACHE = new ConcurrentHashMap<>();

    private Unaccent() {
    }

    /** {@code text} without the combining marks of its characters; case is kept. */
    public static String of(String text) {
        if (isAscii(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                out.append((char) cp);
            } else {
                out.append(CACHE.computeIfAbsent(cp, Unaccent::strip));
            }
        });
        return out.toString();
    }

    /** {@code text} folded as the case-insensitive lookups fold it, then without its accents. */
    public static String folded(String text) {
        return of(text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
    }

    private static String strip(int cp) {
        String c = Character.toString(cp);
        if (isDiacriticalMark(cp)) {
            return "";
        }
        if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN || KEPT.indexOf(cp) >= 0) {
            return c;
        }
        String decomposed = Normalizer.normalize(c, Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(p -> Character.getType(p) != Character.NON_SPACING_MARK).forEach(base::appendCodePoint);
        return base.toString();
    }

    /** A mark of the Unicode blocks of combining diacritical marks, made to go on any letter. */
    private static boolean isDiacriticalMark(int cp) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.COMBINING_DIACRITICAL_MARKS
                || block == Character.UnicodeBlock.COMBINING_DIACRITICAL_MARKS_EXTENDED
                || block == Character.UnicodeBlock.COMBINING_DIACRITICAL_MARKS_SUPPLEMENT
                || block == Character.UnicodeBlock.COMBINING_MARKS_FOR_SYMBOLS
                || block == Character.UnicodeBlock.COMBINING_HALF_MARKS;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
