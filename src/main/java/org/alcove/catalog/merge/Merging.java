package org.alcove.catalog.merge;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.alcove.catalog.Author;
import org.alcove.catalog.AutoBackups;
import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.CatalogModels;
import org.alcove.catalog.Contribution;
import org.alcove.catalog.Tag;
import org.alcove.orm.Model;
import org.alcove.orm.ModelMeta;

/**
 * Merges books (or authors) that are one thing entered twice into the one kept: every row that
 * points at the others — copies, readings, identifiers, credits, loans, holds, tallies, whatever
 * table points at a book — points at the kept one afterwards, tags are joined, and each field the
 * kept one leaves empty takes the first value the others have. Then the others are deleted. All in
 * one transaction, after a backup beside the catalogue; nothing is lost but the repeat.
 */
public final class Merging {
    /** What a merge did: how many were merged into the one kept, and the backup made first. */
    public record Result(long kept, int merged, Path backup) {
    }

    private final Catalog catalog;

    public Merging(Catalog catalog) {
        this.catalog = catalog;
        CatalogModels.ALL.forEach(ModelMeta::of); // every relation that points at a book is known
    }

    /** Merges the books {@code others} into {@code keep}. */
    public Result mergeBooks(long keep, List<Long> others) throws IOException {
        List<Long> gone = distinctOthers(keep, others);
        Book kept = Duplicates.requireBook(catalog, keep);
        for (long id : gone) {
            Duplicates.requireBook(catalog, id);
        }
        Path backup = new AutoBackups(catalog.db()).write();
        catalog.db().atomic(() -> {
            List<Book> merged = new ArrayList<>();
            for (long id : gone) {
                merged.add(catalog.books().selectRelated("series").get("id", id));
            }
            Set<Tag> tags = new LinkedHashSet<>(kept.tags().all().list());
            for (Book b : merged) {
                tags.addAll(b.tags().all().list());
            }
            moveCredits(keep, gone);
            repoint(Book.class, keep, gone, Set.of("contributions"));
            fillBlanks(kept, merged);
            catalog.books().filter("id__in", gone).update("isbn", null); // the kept one may take one of theirs
            catalog.db().save(kept);
            kept.tags().set(new ArrayList<>(tags));
            catalog.books().filter("id__in", gone).delete();
        });
        return new Result(keep, gone.size(), backup);
    }

    /** Merges the authors {@code others} into {@code keep}: their books and credits become the kept one's. */
    public Result mergeAuthors(long keep, List<Long> others) throws IOException {
        List<Long> gone = distinctOthers(keep, others);
        Author kept = requireAuthor(keep);
        List<Author> merged = new ArrayList<>();
        for (long id : gone) {
            merged.add(requireAuthor(id));
        }
        Path backup = new AutoBackups(catalog.db()).write();
        catalog.db().atomic(() -> {
            var credits = catalog.db().objects(Contribution.class);
            Set<String> have = new HashSet<>();
            for (Contribution c : credits.filter("author", keep)) {
                have.add(c.getBook().getId() + "/" + c.getRole().code());
            }
            for (Contribution c : credits.filter("author__in", gone).orderBy("id")) {
                if (!have.add(c.getBook().getId() + "/" + c.getRole().code())) {
                    c.delete(); // the kept author already has this credit on this book
                }
            }
            repoint(Author.class, keep, gone, Set.of());
            if (kept.getBirthDate() == null) {
                merged.stream().map(Author::getBirthDate).filter(java.util.Objects::nonNull).findFirst().ifPresent(kept::setBirthDate);
            }
            if (kept.getBiography().isBlank()) {
                merged.stream().map(Author::getBiography).filter(s -> !s.isBlank()).findFirst().ifPresent(kept::setBiography);
            }
            catalog.db().save(kept);
            catalog.authors().filter("id__in", gone).delete();
        });
        return new Result(keep, gone.size(), backup);
    }

    private Author requireAuthor(long id) {
        return catalog.authors().filter("id", id).first()
                .orElseThrow(() -> new IllegalArgumentException("There is no author #" + id + " in this catalogue"));
    }

    private static List<Long> distinctOthers(long keep, List<Long> others) {
        List<Long> gone = new ArrayList<>(new LinkedHashSet<>(others));
        gone.remove(Long.valueOf(keep));
        if (gone.isEmpty()) {
            throw new IllegalArgumentException("Name at least one other than #" + keep + " to merge into it");
        }
        return gone;
    }

    /**
     * Points every foreign key to {@code model} that holds one of {@code gone} at {@code keep}, on
     * every table the catalogue's models know (but the relations in {@code except}, handled apart).
     */
    private void repoint(Class<? extends Model> model, long keep, List<Long> gone, Set<String> except) {
        for (ModelMeta.ReverseRelation rel : ModelMeta.of(model).reverseRelations()) {
            if (!except.contains(rel.name())) {
                catalog.db().objects(rel.model().type()).filter(rel.field().name() + "__in", gone).update(rel.field().name(), keep);
            }
        }
    }

    /** The credits of all the books on the kept one: its own first, then theirs in order, each person and role once. */
    private void moveCredits(long keep, List<Long> gone) {
        var credits = catalog.db().objects(Contribution.class);
        List<Contribution> all = new ArrayList<>(credits.filter("book", keep).orderBy("position", "id").list());
        for (long id : gone) {
            all.addAll(credits.filter("book", id).orderBy("position", "id").list());
        }
        Set<String> seen = new HashSet<>();
        int position = 0;
        for (Contribution c : all) {
            if (!seen.add(c.getAuthor().getId() + "/" + c.getRole().code())) {
                c.delete();
                continue;
            }
            credits.filter("id", c.getId()).update(java.util.Map.of("book", keep, "position", position++));
        }
    }

    /** Each field the kept book leaves empty takes the first value one of the others has. */
    private static void fillBlanks(Book kept, List<Book> merged) {
        for (Book b : merged) {
            if (kept.getIsbn() == null && b.getIsbn() != null) {
                kept.setIsbn(b.getIsbn());
            }
            if (kept.getPublicationDate() == null && b.getPublicationDate() != null) {
                kept.setPublicationDate(b.getPublicationDate(), b.getDatePrecision());
            }
            if (kept.getFirstPublished() == null) {
                kept.setFirstPublished(b.getFirstPublished());
            }
            if (kept.getSeries() == null && b.getSeries() != null) {
                kept.setSeries(b.getSeries(), b.getSeriesIndex());
            }
            if (kept.getPages() == 0) {
                kept.setPages(b.getPages());
            }
            kept.setPublisher(first(kept.getPublisher(), b.getPublisher()));
            kept.setLanguage(first(kept.getLanguage(), b.getLanguage()));
            kept.setFormat(first(kept.getFormat(), b.getFormat()));
            kept.setDescription(first(kept.getDescription(), b.getDescription()));
            kept.setNotes(first(kept.getNotes(), b.getNotes()));
            kept.setReview(first(kept.getReview(), b.getReview()));
            if (kept.getStatus() == null) {
                kept.setStatus(b.getStatus());
            }
            BigDecimal rating = kept.getRating() == null ? b.getRating() : kept.getRating();
            kept.setRating(rating);
        }
    }

    private static String first(String kept, String other) {
        return kept == null || kept.isBlank() ? other : kept;
    }
}
