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
}
