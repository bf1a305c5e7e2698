package org.alcove.orm;

/**
 * A choice for a {@link CharField}: implemented by an enum whose constants carry the stored code
 * and a human label, as Django's {@code choices}.
 *
 * <pre>{@code
 * enum Genre implements Choice { FIC("FIC", "Fiction"), ...; }
 * }</pre>
 */
public interface Choice {
    /** The value stored in the database. */
    String code();

    /** The label shown to people. */
    String label();

    /**
     * The constant of {@code type} whose code or label is {@code text}, ignoring case, spaces, hyphens
     * and underscores ({@code to read}, {@code TO_READ} and {@code to-read} name one).
     */
    static <E extends Enum<E> & Choice> java.util.Optional<E> parse(Class<E> type, String text) {
        String key = fold(text);
        for (E e : type.getEnumConstants()) {
            if (fold(e.code()).equals(key) || fold(e.label()).equals(key)) {
                return java.util.Optional.of(e);
            }
        }
        return java.util.Optional.empty();
    }

    private static String fold(String text) {
        return text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s_-]+", "");
    }
}
