package org.alcove.catalog.archfixture;

/** Breaks ormInternalsStayInside and catalogKnowsNothingOfTheWindowOrTheCommandLine on purpose (see ArchitectureTest). */
public final class CatalogUsingInternals {
    private CatalogUsingInternals() {
    }

    static Object quote(org.alcove.orm.internal.dialect.Dialect dialect) {
        return dialect.quote("book");
    }

    static Object cli(picocli.CommandLine commandLine) {
        return commandLine.getCommandName();
    }
}
