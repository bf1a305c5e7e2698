package org.alcove.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.alcove.catalog.CatalogFixture;
import org.junit.jupiter.api.Test;

/** {@link RawSQL}: a hand-written subquery after {@code __in}, or a value, with its parameters bound. */
class RawSqlTest extends CatalogTest {
    @Override
    Database openDatabase(Path folder) {
        return CatalogFixture.seeded(folder);
    }

    private static final RawSQL LONG_BOOKS = RawSQL.of("SELECT id FROM book WHERE pages > ?", 300);

    @Test
    void aRawSubqueryFiltersWithItsParametersBound() {
        List<String> expected = books.filter("pages__gt", 300).orderBy("title").valuesListFlat("title", String.class).list();
        assertThat(expected).isNotEmpty();
        assertThat(books.filter(Q.of("id__in", LONG_BOOKS)).orderBy("title").valuesListFlat("title", String.class).list())
                .isEqualTo(expected);
        assertThat(books.filter(Q.of("id__in", LONG_BOOKS).not()).count()).isEqualTo(books.count() - expected.size());
        assertThat(books.filter(Q.of("id__in", LONG_BOOKS).and(Q.of("title__icontains", "zzz"))).count()).isZero();
    }

    @Test
    void aRawSubqueryNestsInAnotherQuerySet() {
        long authorsOfLongBooks = authors.filter(Q.of("books__pages__gt", 300)).distinct().count();
        assertThat(authors.filter(Q.of("id__in", books.filter(Q.of("id__in", LONG_BOOKS)).valuesListFlat("author", Long.class))).count())
                .isEqualTo(authorsOfLongBooks);
    }

    @Test
    void aRawValueIsAnnotated() {
        assertThat(books.annotate("two", RawSQL.of("SELECT ? + 1", 1)).valuesListFlat("two", Long.class).first()).contains(2L);
    }

    @Test
    void placeholdersAndValuesMustAgree() {
        assertThatThrownBy(() -> RawSQL.of("SELECT id FROM book WHERE pages > ?"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RawSQL has 1 placeholder(s) but 0 value(s): give one value for each '?'");
    }
}
