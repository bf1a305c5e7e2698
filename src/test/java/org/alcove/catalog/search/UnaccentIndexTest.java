package org.alcove.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.alcove.catalog.CatalogFixture;
import org.alcove.orm.Database;
import org.alcove.orm.Unaccent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an accent-insensitive search through {@link TextIndex} relies on, checked on every plain
 * code point against the tokenizer the shipped migration creates: a row holding a plain character
 * is found by the index when its text without accents ({@link Unaccent#folded}) is searched, so
 * the index never drops a row the scan's {@code __unaccent__icontains} keeps. Only characters that
 * lose something are probed; the others search as their folded form, which
 * {@link TextIndexFoldingTest} checks.
 */
class UnaccentIndexTest {
    @TempDir
    Path dir;

    @Test
    void everyPlainCodePointIsFoundByItsTextWithoutAccents() {
        try (Database db = CatalogFixture.empty(dir)) {
            db.executeScript("CREATE VIRTUAL TABLE probe USING fts5(x, tokenize=" + TextIndexFoldingTest.tokenizerOf(db)
                    + ", detail=none)");
            // Where removing accents changes nothing, TextIndexFoldingTest has checked the character.
            int[] plain = IntStream.rangeClosed(0, Character.MAX_CODE_POINT).filter(TextIndex::isPlain)
                    .filter(cp -> !Unaccent.folded(Character.toString(cp)).equals(TextIndex.fold(Character.toString(cp))))
                    .toArray();
            assertThat(plain).as("letters that lose their accents").hasSizeGreaterThan(200);
            List<String> contexts = List.of("a%sb", "α%s ", "%s");
            db.atomic(() -> {
                for (int cp : plain) {
                    for (int c = 0; c < contexts.size(); c++) {
                        db.execute("INSERT INTO probe (rowid, x) VALUES (?, ?)", cp * 4L + c,
                                "x" + contexts.get(c).formatted(Character.toString(cp)) + "y");
                    }
                }
            });
            List<String> failures = new ArrayList<>();
            for (int cp : plain) {
                for (int k = 0; k < contexts.size(); k++) {
                    String doc = "x" + contexts.get(k).formatted(Character.toString(cp)) + "y";
                    String query = Unaccent.folded(doc);
                    if (!TextIndex.allPlain(query)) {
                        failures.add(describe(cp, "leaves " + query));
                        break;
                    }
                    long found = db.query("SELECT count(*) FROM probe WHERE probe MATCH ? AND rowid = ?",
                            List.of(TextIndex.matchExpression(query), cp * 4L + k), rs -> rs.getLong(1)).get(0);
                    if (found != 1) {
                        failures.add(describe(cp, "not found as " + query));
                        break;
                    }
                }
            }
            assertThat(failures).isEmpty();
        }
    }

    private static String describe(int cp, String why) {
        return String.format("U+%04X %s %s", cp, Character.toString(cp), why);
    }
}
