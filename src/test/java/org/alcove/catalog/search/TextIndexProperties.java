package org.alcove.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Random terms built from tricky pieces find the same books through the index as through the scan. */
class TextIndexProperties {
    private static Path dir;

    @BeforeContainer
    static void fill() throws Exception {
        dir = Files.createTempDirectory("alcove-text-index");
        TextIndexSearchTest.dir = dir;
        TextIndexSearchTest.fill();
    }

    @AfterContainer
    static void close() throws Exception {
        TextIndexSearchTest.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<String> terms() {
        Arbitrary<String> pieces = Arbitraries.of("mi", "rr", "or", " o", "f ", "É", "é", "e", "MI", "ss", "ß", "ﬁ", "fi",
                "İ", "ı", "i", "Σ", "σ", "ς", "ο", "ой", "東", "京", "🐉", "%", "_", "\\", "'", "ｆ", "Ǆ", "ǅ", "ǆ", "\u0301",
                "\u212A", "k", "µ", "μ", "ﬀ", "a", "b", "c", " ");
        Arbitrary<String> texts = Arbitraries.of(TextIndexSearchTest.TEXTS)
                .flatMap(t -> Arbitraries.integers().between(0, t.length()).flatMap(a -> Arbitraries.integers().between(a, t.length())
                        .map(b -> t.substring(a, b))));
        return Arbitraries.oneOf(pieces.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l)), texts)
                .filter(t -> !t.isBlank() && !t.contains("\"") && !Character.isLowSurrogate(t.charAt(0))
                        && !Character.isHighSurrogate(t.charAt(t.length() - 1)));
    }

    @Property(tries = 400)
    void theIndexFindsTheBooksTheScanFinds(@ForAll("terms") String term) {
        for (String field : List.of("", "title:", "author:")) {
            String query = field + "\"" + term + "\"";
            assertThat(TextIndexSearchTest.ids(query, true)).as(query).isEqualTo(TextIndexSearchTest.ids(query, false));
        }
    }
}
