package org.alcove.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.alcove.orm.testmodels.Card;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two connections to one database (two desks) writing the same versioned rows. */
class OptimisticConcurrencyTest {
    private Database desk1;
    private Database desk2;

    @BeforeEach
    void open(@TempDir Path folder) {
        String where = TestBackend.postgres() ? EmbeddedPostgres.get().freshDatabase() : folder.resolve("cards.db").toString();
        desk1 = Database.connect(where, Card.class);
        desk1.schemaEditor().createModels(Card.class);
        desk2 = Database.connect(where, Card.class);
    }

    @AfterEach
    void close() {
        desk1.close();
        desk2.close();
    }

    @Test
    void eachSaveAddsOneToTheVersion() {
        Card card = desk1.save(new Card("Emma"));
        assertThat(card.version).isZero();
        card.title = "Emma (2nd ed.)";
        desk1.save(card);
        desk1.save(card);
        assertThat(card.version).isEqualTo(2);
        assertThat(desk2.objects(Card.class).get("id", card.getId()).version).isEqualTo(2);
    }

    @Test
    void aSaveOfARowAnotherConnectionChangedIsRefusedAndWritesNothing() {
        long id = desk1.save(new Card("Emma")).getId();
        Card mine = desk1.objects(Card.class).get("id", id);
        Card theirs = desk2.objects(Card.class).get("id", id);
        theirs.title = "Emma, theirs";
        desk2.save(theirs);
        mine.title = "Emma, mine";
        assertThatThrownBy(() -> desk1.save(mine)).isInstanceOfSatisfying(StaleObjectError.class, e -> {
            assertThat(e.id()).isEqualTo(id);
            assertThat(e.expectedVersion()).isZero();
            assertThat(e.deleted()).isFalse();
            assertThat(e).hasMessage("Card " + id + " was changed by another connection since it was read (at version 0); nothing was saved.");
        });
        Card stored = desk1.objects(Card.class).get("id", id);
        assertThat(List.of(stored.title, stored.version)).containsExactly("Emma, theirs", 1L);
    }

    @Test
    void aSaveOfARowAnotherConnectionDeletedIsRefusedNotInsertedAgain() {
        long id = desk1.save(new Card("Emma")).getId();
        Card mine = desk1.objects(Card.class).get("id", id);
        desk2.objects(Card.class).filter("id", id).delete();
        mine.title = "Emma, mine";
        assertThatThrownBy(() -> desk1.save(mine)).isInstanceOfSatisfying(StaleObjectError.class, e -> assertThat(e.deleted()).isTrue());
        assertThat(desk1.objects(Card.class).count()).isZero();
    }

    @Test
    void updateAndBulkUpdateChangeTheVersionToo() {
        Card a = desk1.save(new Card("A"));
        Card b = desk1.save(new Card("B"));
        desk1.objects(Card.class).filter("title", "A").update("shelf", 3);
        assertThat(desk2.objects(Card.class).get("id", a.getId()).version).isEqualTo(1);
        a.shelf = 4;
        b.shelf = 4;
        desk2.objects(Card.class).bulkUpdate(List.of(a, b), "shelf");
        assertThat(desk1.objects(Card.class).orderBy("title").valuesListFlat("version", Long.class).list()).containsExactly(2L, 1L);
        a.title = "A, stale";
        assertThatThrownBy(() -> desk1.save(a)).isInstanceOf(StaleObjectError.class);
    }

    @Test
    void aVersionFieldMustBeAnIntegerOfTheModel() {
        assertThatThrownBy(() -> ModelMeta.of(BadlyVersioned.class)).isInstanceOf(FieldError.class)
                .hasMessage("BadlyVersioned's version field 'revision' must be a non-null @IntegerField of the model");
    }

    @Meta(table = "t_bad", version = "revision")
    static class BadlyVersioned extends Model {
        @CharField(maxLength = 5)
        String revision;
    }
}
