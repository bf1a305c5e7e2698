package org.alcove.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.alcove.Launcher;

import org.junit.jupiter.api.Test;

/** What the installed launcher does with the arguments the desktop and the user give it. */
class LauncherArgumentsTest {

    @Test
    void noArgumentsOpensTheWindow() {
        assertThat(Launcher.windowArguments()).hasValueSatisfying(a -> assertThat(a).isEmpty());
    }

    @Test
    void fileFromTheFileAssociationOpensTheWindowOnIt() {
        assertThat(Launcher.windowArguments("/home/ann/My Books.ALCOVE"))
                .hasValueSatisfying(a -> assertThat(a).containsExactly("--db", "/home/ann/My Books.ALCOVE"));
    }

    @Test
    void dbOptionAloneOpensTheWindowOnTheFile() {
        assertThat(Launcher.windowArguments("--db", "books.alcove"))
                .hasValueSatisfying(a -> assertThat(a).containsExactly("--db", "books.alcove"));
    }

    @Test
    void commandsAndOptionsRunHeadless() {
        assertThat(Launcher.windowArguments("--version")).isEmpty();
        assertThat(Launcher.windowArguments("stats")).isEmpty();
        assertThat(Launcher.windowArguments("--db", "books.alcove", "stats")).isEmpty();
        assertThat(Launcher.windowArguments("backup.alcove.csv")).isEmpty();
    }
}
