package org.alcove.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alcove.orm.testmodels.Credit;
import org.alcove.orm.testmodels.Tag;
import org.alcove.orm.testmodels.Work;
import org.alcove.orm.testmodels.Writer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many-to-many relations on a real SQLite file: an auto-created through table (work tags) and a
 * through model with fields of its own (credits with a role and a position), both directions.
 */
class ManyToManyTest {
    @TempDir
    Path dir;
    Database db;
    QuerySet<Work> works;
    QuerySet<Tag> tags;
    Tag classic;
    Tag fav;
    Tag spare;
    Work dune;
    Work emma;
    Work omens;
    Work notes;
    Writer herbert;
    Writer austen;
    Writer pratchett;
    Writer gaiman;

    @BeforeEach
    void open() {
        db = TestBackend.open(dir.resolve("m2m.db"), Tag.class, Writer.class, Work.class, Credit.class);
        db.schemaEditor().createModels(Tag.class, Writer.class, Work.class, Credit.class);
        works = db.objects(Work.class);
        tags = db.objects(Tag.class);
        classic = tags.create(new Tag("classic"));
        fav = tags.create(new Tag("fav"));
        spare = tags.create(new Tag("spare"));
        dune = works.create(new Work("Dune", 600));
        emma = works.create(new Work("Emma", 474));
        omens = works.create(new Work("Good Omens", 400));
        notes = works.create(new Work("Notes", 100));
        var writers = db.objects(Writer.class);
        herbert = writers.create(new Writer("Herbert"));
        austen = writers.create(new Writer("Austen"));
        pratchett = writers.create(new Writer("Pratchett"));
        gaiman = writers.create(new Writer("Gaiman"));
        dune.tags().add(classic, fav);
        emma.tags().add(classic);
        omens.tags().add(fav);
        dune.writers().add(herbert);
        emma.writers().add(austen);
        omens.writers().add(pratchett);
        omens.writers().add(Map.of("position", 1), List.of(gaiman));
        notes.writers().add(Map.of("role", "editor"), List.of(gaiman));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static List<String> titles(QuerySet<Work> qs) {
        return qs.valuesListFlat("title", String.class).list();
    }

    @Test
    void relatedObjectsAreReadFromBothSidesInTheTargetsOrdering() {
        assertThat(dune.tags().all().valuesListFlat("name", String.class).list()).containsExactly("classic", "fav");
        assertThat(titles(classic.works().all())).containsExactly("Dune", "Emma");
        assertThat(spare.works().count()).isZero();
        assertThat(omens.writers().all().valuesListFlat("name", String.class).list()).containsExactly("Gaiman", "Pratchett");
        assertThat(titles(gaiman.works().all())).containsExactly("Good Omens", "Notes");
    }

    @Test
    void addingAPairTwiceKeepsOne() {
        dune.tags().add(classic, classic, fav);
        classic.works().add(dune);
        assertThat(dune.tags().count()).isEqualTo(2);
        Long pairs = db.executor().query(new org.alcove.orm.internal.dialect.Sql().append("SELECT COUNT(*) FROM t_work_tags"),
                rs -> rs.next() ? rs.getLong(1) : -1L);
        assertThat(pairs).isEqualTo(4L);
    }

    @Test
    void removeClearAndSetChangeOnlyThePairsOfThisObject() {
        dune.tags().remove(fav, spare);
        assertThat(dune.tags().all().valuesListFlat("name", String.class).list()).containsExactly("classic");
        assertThat(titles(fav.works().all())).containsExactly("Good Omens");
        dune.tags().set(List.of(fav, spare));
        assertThat(dune.tags().all().valuesListFlat("name", String.class).list()).containsExactly("fav", "spare");
        classic.works().clear();
        assertThat(emma.tags().count()).isZero();
        assertThat(dune.tags().count()).isEqualTo(2);
    }

    @Test
    void setKeepsTheThroughRowsOfObjectsThatStay() {
        omens.writers().set(List.of(gaiman, herbert));
        Map<String, Integer> positions = new HashMap<>();
        for (Credit c : db.objects(Credit.class).filter("work", omens).selectRelated("writer")) {
            positions.put(c.writer.name, c.position);
        }
        assertThat(positions).isEqualTo(Map.of("Gaiman", 1, "Herbert", 0));
    }

    @Test
    void aFilterAcrossTheRelationGivesOneRowPerMatchingPair() {
        assertThat(titles(works.filter("tags__name", "classic"))).containsExactly("Dune", "Emma");
        assertThat(titles(works.filter("tags__name__in", List.of("classic", "fav")))).containsExactly("Dune", "Dune", "Emma", "Good Omens");
        assertThat(works.filter("tags__name__in", List.of("classic", "fav")).distinct().count()).isEqualTo(3);
        assertThat(tags.filter("works__title", "Dune").valuesListFlat("name", String.class).list()).containsExactly("classic", "fav");
        assertThat(titles(works.filter("tags", classic))).containsExactly("Dune", "Emma");
        assertThat(titles(works.filter("tags__id", fav.getId()))).containsExactly("Dune", "Good Omens");
        assertThat(titles(works.filter("writers__name", "Gaiman").filter("credits__role", "editor"))).containsExactly("Notes");
    }

    @Test
    void conditionsInOneFilterMeetOnOnePairAndTwoFiltersMayUseTwo() {
        Q both = Q.of("tags__name", "classic").and(Q.of("tags__name", "fav"));
        assertThat(works.filter(both).count()).isZero();
        assertThat(titles(works.filter("tags__name", "classic").filter("tags__name", "fav"))).containsExactly("Dune");
    }

    @Test
    void excludeAcrossTheRelationIsASubqueryAndKeepsObjectsWithoutPairs() {
        assertThat(titles(works.exclude("tags__name", "fav"))).containsExactly("Emma", "Notes");
        assertThat(titles(works.exclude(Q.of("tags__name", "fav").not()))).containsExactly("Dune", "Good Omens");
        assertThat(titles(works.filter("tags__isnull", true))).containsExactly("Notes");
        assertThat(titles(works.exclude("tags__isnull", true))).containsExactly("Dune", "Emma", "Good Omens");
        assertThat(tags.filter("works__isnull", true).valuesListFlat("name", String.class).list()).containsExactly("spare");
        assertThat(titles(works.exclude("tags__name__isnull", true))).containsExactly("Dune", "Emma", "Good Omens");
    }

    @Test
    void anOrAcrossTheRelationKeepsObjectsWithoutPairs() {
        Q q = Q.of("tags__name", "fav").or(Q.of("pages__lt", 200));
        assertThat(titles(works.filter(q))).containsExactly("Dune", "Good Omens", "Notes");
    }

    @Test
    void annotationsCountAcrossTheRelation() {
        Map<String, Long> counts = new HashMap<>();
        for (Work w : works.annotate("n", Count.of("tags"))) {
            counts.put(w.title, (Long) w.annotation("n"));
        }
        assertThat(counts).isEqualTo(Map.of("Dune", 2L, "Emma", 1L, "Good Omens", 1L, "Notes", 0L));
        assertThat(tags.annotate("pages", Sum.of("works__pages")).orderBy("name").valuesList("name", "pages").list())
                .containsExactly(List.of("classic", 1074L), List.of("fav", 1000L), java.util.Arrays.asList("spare", null));
        assertThat(works.filter("writers__name", "Gaiman").annotate("n", Count.of("writers")).valuesListFlat("n", Long.class).list())
                .containsExactlyInAnyOrder(1L, 1L);
    }

    @Test
    void prefetchingReadsEachRelationInOneQueryForAllObjects() {
        List<ExecutedQuery> run = db.captureQueries(() -> {
            List<String> seen = new ArrayList<>();
            for (Work w : works.prefetchRelated("tags", "writers")) {
                seen.add(w.title + ":" + w.tags().all().list().stream().map(t -> t.name).toList()
                        + w.writers().all().list().stream().map(x -> x.name).toList());
            }
            assertThat(seen).containsExactly("Dune:[classic, fav][Herbert]", "Emma:[classic][Austen]",
                    "Good Omens:[fav][Gaiman, Pratchett]", "Notes:[][Gaiman]");
        });
        assertThat(run).hasSize(3);
        List<ExecutedQuery> reverse = db.captureQueries(() -> {
            for (Tag t : tags.prefetchRelated("works")) {
                t.works().all().list();
            }
        });
        assertThat(reverse).hasSize(2);
    }

    @Test
    void deletingEitherSideDeletesItsPairs() {
        DeleteResult r = dune.delete();
        assertThat(r.perModel()).containsEntry("Work", 1).containsEntry("Work_tags", 2).containsEntry("Credit", 1);
        assertThat(titles(classic.works().all())).containsExactly("Emma");
        fav.delete();
        assertThat(omens.tags().count()).isZero();
        assertThat(db.objects(Credit.class).count()).isEqualTo(4);
    }

    @Test
    void misuseSaysWhatToDo() {
        assertThatThrownBy(() -> dune.tags().add(new Tag("unsaved"))).isInstanceOf(OrmException.class).hasMessageContaining("save it first");
        assertThatThrownBy(() -> works.filter("tagz__name", "x")).isInstanceOf(FieldError.class).hasMessageContaining("tags")
                .hasMessageContaining("writers");
        assertThatThrownBy(() -> dune.tags().add(Map.of("role", "x"), List.of(fav))).isInstanceOf(FieldError.class)
                .hasMessageContaining("no through model");
    }
}
