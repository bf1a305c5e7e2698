package org.alcove.catalog.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.CatalogFixture;
import org.alcove.catalog.Genre;
import org.alcove.catalog.ReadingStatus;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The editor's validators (what the form checks as the user types) on anything typed or pasted
 * into its fields — a megabyte of text, NUL and other control characters, half a surrogate pair,
 * digits out of range: a verdict every time, never an exception, each error one short line.
 */
class BookEditingProperties {
    private static final String MEGABYTE = "x".repeat(1 << 20);

    static Path dir;
    static Catalog catalog;
    static BookEditing editing;

    @BeforeContainer
    static void open() throws IOException {
        dir = Files.createTempDirectory("alcove-editor-props");
        CatalogFixture.seeded(dir).close();
        catalog = Catalog.open(dir.resolve("catalog.alcove"));
        editing = new BookEditing(catalog);
    }

    @AfterContainer
    static void close() throws IOException {
        catalog.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 150)
    void anythingTypedGetsAVerdictWithShortOneLineErrors(@ForAll("typed") String title, @ForAll("typed") String author,
            @ForAll("typed") String pages, @ForAll("typed") String isbn, @ForAll("typed") String series, @ForAll("typed") String index,
            @ForAll("typed") String firstPublished, @ForAll("typed") String rating, @ForAll("typed") String tags,
            @ForAll("typed") String contributors) {
        BookDraft.More more = new BookDraft.More(series, index, firstPublished, title, author, pages, ReadingStatus.values()[0], rating, tags,
                contributors);
        Validation v = editing.validate(new BookDraft(title, author, null, SeedGenres.fic(), pages, isbn, more), null);
        assertThat(v.errors().values()).allSatisfy(message -> assertThat(message).isNotBlank().doesNotContain("\n").hasSizeLessThan(400));
    }

    @Provide
    Arbitrary<String> typed() {
        Arbitrary<String> any = Arbitraries.strings().ofMaxLength(30);
        Arbitrary<String> controls = Arbitraries.strings().withChars('\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u2028', '\uD800', '\uDC00', 'a', '9', '-', ',')
                .ofMaxLength(12);
        Arbitrary<String> known = Arbitraries.of("", " ", "Jane Austen", "George Orwell, translator", "474", "-3", "2.5", "4.5", "7",
                "9780141439587", "0441013597", "9780141439519", "1813", "-700", "99999999999999999999", "Em\u0000ma", "\uD83D", MEGABYTE,
                MEGABYTE + "\u0000", "a,b,c", "Jane Austen (translator)");
        return Arbitraries.oneOf(any, controls, known);
    }
}
