package org.alcove.ui.archfixture;

/** Breaks windowNeverTouchesTheOrm on purpose (see ArchitectureTest). */
public final class UiUsingOrm {
    private UiUsingOrm() {
    }

    static Object q() {
        return org.alcove.orm.Q.all();
    }
}
