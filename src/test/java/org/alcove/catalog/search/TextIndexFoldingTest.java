package org.alcove.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.alcove.catalog.CatalogFixture;
import org.alcove.orm.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link TextIndex} relies on, checked on every plain code point against the tokenizer the
 * shipped migration creates: a row holding a plain character is found by the index when the
 * ORM's folding ({@code toUpperCase().toLowerCase()}, as {@code icontains} folds) of that row's
 * text is searched, in the middle of a word and at its end (Greek's final sigma).
 */
class TextIndexFoldingTest {
    @TempDir
    Path dir;

    @Test
    void everyPlainCodePointIsFoundByItsFoldedForm() {
        try (Database db = CatalogFixture.empty(dir)) {
            String tokenizer = tokenizerOf(db);
            db.executeScript("CREATE VIRTUAL TABLE probe USING fts5(x, tokenize=" + tokenizer + ", detail=none)");
            int[] plain = IntStream.rangeClosed(0, Character.MAX_CODE_POINT).filter(TextIndex::isPlain).toArray();
            List<String> contexts = List.of("a%sb", "α%s ", "%s");
            db.atomic(() -> {
                for (int cp : plain) {
                    for (int c = 0; c < contexts.size(); c++) {
                        db.execute("INSERT INTO probe (rowid, x) VALUES (?, ?)", cp * 4L + c, "x" + contexts.get(c).formatted(Character.toString(cp)) + "y");
                    }
                }
            });
            List<String> failures = new ArrayList<>();
            for (int cp : plain) {
                String c = Character.toString(cp);
                String folded = fold(c);
                if (folded.codePointCount(0, folded.length()) != 1 || !TextIndex.allPlain(folded)) {
                    failures.add(describe(cp, "folds to " + folded));
                    continue;
                }
                for (int k = 0; k < contexts.size(); k++) {
                    String doc = "x" + contexts.get(k).formatted(c) + "y";
                    String query = fold(doc);
                    if (query.codePointCount(0, query.length()) != doc.codePointCount(0, doc.length())) {
                        failures.add(describe(cp, "changes length in " + doc));
                        continue;
                    }
                    long id = cp * 4L + k;
                    long found = db.query("SELECT count(*) FROM probe WHERE probe MATCH ? AND rowid = ?",
                            List.of(TextIndex.matchExpression(query), id), rs -> rs.getLong(1)).get(0);
                    if (found != 1) {
                        failures.add(describe(cp, "not found in " + doc));
                    }
                }
            }
            assertThat(failures).isEmpty();
        }
    }

    private static String fold(String s) {
        return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    private static String describe(int cp, String why) {
        return String.format("U+%04X %s %s", cp, Character.toString(cp), why);
    }

    /** The tokenizer clause of the migrated title index, so the probe folds as the catalogue does. */
    static String tokenizerOf(Database db) {
        String sql = db.query("SELECT sql FROM sqlite_master WHERE name = 'book_title_search'", List.of(), rs -> rs.getString(1)).get(0);
        Matcher m = Pattern.compile("tokenize\\s*=\\s*('[^']*')").matcher(sql);
        assertThat(m.find()).as(sql).isTrue();
        return m.group(1);
    }
}
