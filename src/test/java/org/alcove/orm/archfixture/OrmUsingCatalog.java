package org.alcove.orm.archfixture;

/** Breaks ormKnowsNothingOfTheApplication on purpose (see ArchitectureTest). */
public final class OrmUsingCatalog {
    private OrmUsingCatalog() {
    }

    static Object book() {
        return new org.alcove.catalog.Book();
    }
}
