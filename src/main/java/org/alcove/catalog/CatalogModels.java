package org.alcove.catalog;

import java.util.List;

import org.alcove.orm.Model;

/** The catalogue's models, in dependency order. */
public final class CatalogModels {
    /** Every model of the catalogue. */
    public static final List<Class<? extends Model>> ALL = List.of(Author.class, Series.class, Tag.class, Genre.class, Book.class, Contribution.class,
            Identifier.class, Reading.class, Copy.class, Borrower.class, LoanPolicy.class, Loan.class, Hold.class, LoanTally.class,
            TrashItem.class, UndoStep.class);

    private CatalogModels() {
    }

    /** The models as an array, for {@code Database.open(file, CatalogModels.array())}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Class<? extends Model>[] array() {
        return ALL.toArray(new Class[0]);
    }
}
