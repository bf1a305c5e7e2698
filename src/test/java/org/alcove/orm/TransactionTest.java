package org.alcove.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.alcove.catalog.Author;
import org.junit.jupiter.api.Test;

class TransactionTest extends CatalogTest {

    @Test
    void aFailedInnerAtomicBlockRollsBackOnlyItself() {
        db.atomic(() -> {
            authors.create(new Author("Outer", null));
            assertThatThrownBy(() -> db.atomic(() -> {
                authors.create(new Author("Inner", null));
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            authors.create(new Author("After", null));
        });
        assertThat(authors.valuesListFlat("name", String.class).list()).containsExactly("After", "Outer");
    }

    @Test
    void aFailedOuterBlockRollsBackEverything() {
        assertThatThrownBy(() -> db.atomic(() -> {
            authors.create(new Author("One", null));
            db.atomic(() -> authors.create(new Author("Two", null)));
            throw new IllegalStateException("late failure");
        })).hasMessage("late failure");
        assertThat(authors.count()).isZero();
        assertThat(db.inTransaction()).isFalse();
    }

    @Test
    void atomicReturnsTheBlocksValue() {
        long n = db.atomic(() -> {
            authors.create(new Author("A", null));
            return authors.count();
        });
        assertThat(n).isEqualTo(1);
    }

    @Test
    void anotherThreadReadsTheLastCommittedStateDuringATransaction() throws Exception {
        authors.create(new Author("Committed", null));
        db.atomic(() -> {
            authors.create(new Author("Pending", null));
            long[] seen = new long[1];
            Thread t = new Thread(() -> seen[0] = authors.count());
            t.start();
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            assertThat(seen[0]).isEqualTo(1);
            assertThat(authors.count()).isEqualTo(2);
        });
    }
}
