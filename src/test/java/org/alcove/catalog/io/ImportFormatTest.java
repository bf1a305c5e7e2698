package org.alcove.catalog.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ImportFormatTest {

    static final String GOODREADS_24 = "Book Id,Title,Author,Author l-f,Additional Authors,ISBN,"
            + "ISBN13,My Rating,Average Rating,Publisher,Binding,Number of Pages,Year Published,"
            + "Original Publication Year,Date Read,Date Added,Bookshelves,"
            + "Bookshelves with positions,Exclusive Shelf,My Review,Spoiler,Private Notes,"
            + "Read Count,Owned Copies";
    static final String GOODREADS_31 = "Book Id,Title,Author,Author l-f,Additional Authors,ISBN,"
            + "ISBN13,My Rating,Average Rating,Publisher,Binding,Number of Pages,Year Published,"
            + "Original Publication Year,Date Read,Date Added,Bookshelves,"
            + "Bookshelves with positions,Exclusive Shelf,My Review,Spoiler,Private Notes,"
            + "Read Count,Recommended For,Recommended By,Owned Copies,Original Purchase Date,"
            + "Original Purchase Location,Condition,Condition Description,BCID";

    @Test
    void goodreadsHeadersOfBothVintagesAreRecognised() {
        assertThat(List.of(GOODREADS_24, GOODREADS_31))
                .map(h -> ImportFormat.detect(List.of(h.split(","))))
                .containsExactly(Optional.of(ImportFormat.GOODREADS),
                        Optional.of(ImportFormat.GOODREADS));
        assertThat(GOODREADS_24.split(",")).hasSize(24);
        assertThat(GOODREADS_31.split(",")).hasSize(31);
    }

    @Test
    void libraryThingQuotedUpperCaseHeaderIsRecognised() {
        assertThat(ImportFormat.detect(List.of("'TITLE'", "'AUTHOR (first, last)'",
                "'AUTHOR (last, first)'", "'DATE'", "'ISBNs'")))
                .contains(ImportFormat.LIBRARYTHING);
    }

    @Test
    void libraryThingTitleCaseHeaderIsRecognised() {
        assertThat(ImportFormat.detect(List.of("Book Id", "Title", "Primary Author", "Date",
                "ISBN", "Page Count"))).contains(ImportFormat.LIBRARYTHING);
    }

    @Test
    void alcoveHeadersAreRecognisedInAnyCaseAndOrder() {
        assertThat(ImportFormat.detect(List.of(" ISBN", "Title ", "author", "pages")))
                .contains(ImportFormat.BOOKS);
        assertThat(ImportFormat.detect(List.of("biography", "Name"))).contains(ImportFormat.AUTHORS);
    }

    @Test
    void theFullBooksHeaderIsAlcovesInAnyCaseAndOrder() {
        List<String> shuffled = new java.util.ArrayList<>(FullBookCsv.HEADER.stream().map(n -> n.toUpperCase(java.util.Locale.ROOT)).toList());
        java.util.Collections.reverse(shuffled);
        assertThat(ImportFormat.detect(FullBookCsv.HEADER)).contains(ImportFormat.BOOKS);
        assertThat(ImportFormat.detect(shuffled)).contains(ImportFormat.BOOKS);
        assertThat(FullBookCsv.matches(shuffled)).isTrue();
        // without read_dates and copies it is another application's list of books, read as a generic CSV
        assertThat(ImportFormat.detect(List.of("title", "authors", "identifiers", "tags"))).contains(ImportFormat.CSV);
        assertThat(FullBookCsv.matches(List.of("title", "authors", "identifiers", "tags"))).isFalse();
    }

    @Test
    void unknownHeaderIsNotRecognised() {
        assertThat(ImportFormat.detect(List.of("foo", "bar"))).isEmpty();
    }
}
