package org.alcove.cli.archfixture;

/** Breaks commandLineNeverTouchesTheOrm on purpose (see ArchitectureTest). */
public final class CliUsingOrm {
    private CliUsingOrm() {
    }

    static Object q() {
        return org.alcove.orm.Q.all();
    }
}
