package org.alcove.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AppPreferencesTest {
    private final Preferences node = Preferences.userRoot().node("org/alcove/test/" + UUID.randomUUID());
    private final AppPreferences prefs = new AppPreferences(node);

    @AfterEach
    void remove() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void theBooksTablesColumnsAreKeptAcrossRunsAndForgottenOnReset() {
        assertThat(prefs.bookColumns()).isEmpty();
        prefs.setBookColumns("column-author,180.0,1|column-title,260.0,1|column-isbn,128.0,0");
        assertThat(new AppPreferences(node).bookColumns()).isEqualTo("column-author,180.0,1|column-title,260.0,1|column-isbn,128.0,0");
        prefs.setBookColumns("");
        assertThat(new AppPreferences(node).bookColumns()).isEmpty();
    }

    @Test
    void columnFieldsAreKeptPerHeaderExactly() {
        List<String> header = List.of("Werk", "Verfasser", "Seiten");
        prefs.save(header, new LinkedHashMap<>(Map.of("Werk", "title", "Verfasser", "author")));
        assertThat(prefs.saved(header)).contains(Map.of("Werk", "title", "Verfasser", "author"));
        assertThat(prefs.saved(List.of("Werk", "Verfasser"))).isEmpty();
        assertThat(prefs.saved(List.of("Verfasser", "Werk", "Seiten"))).as("another order is another header").isEmpty();
        assertThat(new AppPreferences(node).saved(header)).as("kept across runs").isPresent();
    }

    @Test
    void aHeaderTooLongToKeepIsGuessedAgainAndTheStoreStaysBounded() {
        List<String> huge = java.util.stream.IntStream.range(0, 600).mapToObj(i -> "column number " + i).toList();
        Map<String, String> fields = new LinkedHashMap<>();
        huge.forEach(c -> fields.put(c, "notes"));
        prefs.save(huge, fields);
        assertThat(prefs.saved(huge)).isEmpty();
        for (int i = 0; i < 60; i++) {
            prefs.save(List.of("c" + i), Map.of("c" + i, "title"));
        }
        assertThat(keys()).isLessThanOrEqualTo(50);
    }

    private int keys() {
        try {
            return node.node("csvColumnMappings").keys().length;
        } catch (BackingStoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
