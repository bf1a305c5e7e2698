package org.alcove.catalog.undo;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.alcove.catalog.TrashItem;
import org.alcove.catalog.TrashKind;
import org.alcove.catalog.UndoStep;
import org.alcove.catalog.trash.RestoreConflict;
import org.alcove.catalog.trash.RowSnapshot;
import org.alcove.catalog.trash.Trash;
import org.alcove.catalog.trash.TrashEntry;
import org.alcove.catalog.trash.TrashException;
import org.alcove.orm.Database;

/**
 * The catalogue's undo history: the last {@link #KEPT} edits, creations and deletions of books,
 * authors and borrowers, kept in the catalogue file (table {@code undo_step}) so that Undo still
 * works after closing and reopening it. Undo takes the newest step back, Redo makes the step last
 * undone again; a new action forgets what could be redone. Each step keeps the rows of its subject
 * before and after; an undo (or redo) whose subject changed since refuses, changes nothing, and
 * takes the step off the history (it can never apply again).
 *
 * <pre>{@code
 * RowSnapshot before = RowSnapshot.ofEdit(db, TrashKind.BOOK, id);
 * ... write the book ...
 * history.recordEdit("Edit \u201cDune\u201d", TrashKind.BOOK, id, before);
 * history.undo();   // the book as it was
 * history.redo();   // the edit again
 * }</pre>
 */
public final class UndoHistory {
    /** How many steps the history keeps. */
    public static final int KEPT = 50;

    static final String EDIT = "edit";
    static final String CREATE = "create";
    static final String DELETE = "delete";
    static final String BULK_EDIT = "bulk-edit";
    static final String BULK_DELETE = "bulk-del";
    static final String RESTORE = "restore";

    private final Database db;
    private final Trash trash;

    public UndoHistory(Database db) {
        this.db = db;
        this.trash = new Trash(db);
    }

    /** Records an edit of the {@code subject} with {@code id}, whose rows were {@code before}; nothing when nothing changed. */
    public void recordEdit(String label, TrashKind subject, long id, RowSnapshot before) {
        RowSnapshot after = RowSnapshot.ofEdit(db, subject, id);
        if (!after.sameRows(before)) {
            record(new UndoStep(label, EDIT, subject, id, before.toJson(), after.toJson(), LocalDateTime.now()));
        }
    }

    /** Records the creation of the {@code subject} with {@code id}. */
    public void recordCreate(String label, TrashKind subject, long id) {
        record(new UndoStep(label, CREATE, subject, id, "", RowSnapshot.ofDeletion(db, subject, id).toJson(), LocalDateTime.now()));
    }

    /** Records a deletion that put the subject into the trash as {@code item}. */
    public void recordDelete(String label, TrashItem item) {
        record(new UndoStep(label, DELETE, item.getKind(), item.getOriginalId(), item.getSnapshot(), "", LocalDateTime.now())
                .setTrashItem(item));
    }

    /**
     * Puts trash item {@code trashId} back ({@link Trash#restore}) and records that as a step: its undo
     * sends the thing to the trash again, its redo restores it again.
     *
     * @return what was restored
     * @throws TrashException when there is no such item or it cannot be restored; nothing is changed or recorded
     */
    public TrashEntry restoreFromTrash(long trashId) {
        return db.atomic(() -> {
            TrashEntry entry = trash.restore(trashId);
            record(new UndoStep("Restore " + entry.describe(), RESTORE, entry.kind(), entry.originalId(),
                    RowSnapshot.ofDeletion(db, entry.kind(), entry.originalId()).toJson(), "", LocalDateTime.now()));
            return entry;
        });
    }

    /**
     * Records an edit of several books at once (a bulk edit), whose rows were {@code before}
     * ({@link RowSnapshot#ofBookEdits}); one step, nothing when nothing changed.
     */
    public void recordBulkEdit(String label, RowSnapshot before) {
        List<Long> ids = before.ids("book");
        RowSnapshot after = RowSnapshot.ofBookEdits(db, ids);
        if (!after.sameRows(before)) {
            record(new UndoStep(label, BULK_EDIT, TrashKind.BOOK, ids.size(), before.toJson(), after.toJson(), LocalDateTime.now()));
        }
    }

    /**
     * Records the deletion of several books at once, whose rows were {@code before} ({@link
     * RowSnapshot#ofBookEdits}, to tell on redo whether they changed) and which went into the trash as {@code items}.
     */
    public void recordBulkDelete(String label, RowSnapshot before, List<TrashItem> items) {
        record(new UndoStep(label, BULK_DELETE, TrashKind.BOOK, items.size(), before.toJson(), trashIds(items), LocalDateTime.now()));
    }

    private static String trashIds(List<TrashItem> items) {
        com.google.gson.JsonArray ids = new com.google.gson.JsonArray();
        items.forEach(i -> ids.add(i.getId()));
        return ids.toString();
    }

    private synchronized void record(UndoStep step) {
        db.atomic(() -> {
            db.objects(UndoStep.class).filter("undone", true).delete(); // what could be redone is forgotten
            db.objects(UndoStep.class).create(step);
            List<Long> kept = db.objects(UndoStep.class).orderBy("-id").valuesListFlat("id", Long.class).slice(KEPT - 1, KEPT).list();
            if (!kept.isEmpty()) {
                db.objects(UndoStep.class).filter("id__lt", kept.get(0)).delete();
            }
        });
    }

    /** What Undo would undo, "Undo Delete “Dune”", or empty when the history has nothing to undo. */
    public Optional<String> undoLabel() {
        return nextToUndo().map(s -> "Undo " + s.getLabel());
    }

    /** What Redo would make again, "Redo Delete “Dune”", or empty. */
    public Optional<String> redoLabel() {
        return nextToRedo().map(s -> "Redo " + s.getLabel());
    }

    private Optional<UndoStep> nextToUndo() {
        return db.objects(UndoStep.class).filter("undone", false).orderBy("-id").first();
    }

    private Optional<UndoStep> nextToRedo() {
        return db.objects(UndoStep.class).filter("undone", true).orderBy("id").first();
    }

    /**
     * Takes the newest step back; returns its label, or empty when there was nothing to undo.
     *
     * @throws UndoConflict when the subject changed since: nothing is changed, the step is dropped
     */
    public synchronized Optional<String> undo() {
        return nextToUndo().map(step -> {
            apply(step, true);
            return step.getLabel();
        });
    }

    /**
     * Makes the step last undone again; returns its label, or empty when there was nothing to redo.
     *
     * @throws UndoConflict when the subject changed since: nothing is changed, the step is dropped
     */
    public synchronized Optional<String> redo() {
        return nextToRedo().map(step -> {
            apply(step, false);
            return step.getLabel();
        });
    }

    private void apply(UndoStep step, boolean undo) {
        try {
            db.atomic(() -> {
                switch (step.getAction()) {
                    case EDIT -> edit(step, undo);
                    case CREATE -> create(step, undo);
                    case BULK_EDIT -> bulkEdit(step, undo);
                    case BULK_DELETE -> bulkDelete(step, undo);
                    case RESTORE -> delete(step, !undo); // a restore is a deletion the other way round
                    default -> delete(step, undo);
                }
                step.setUndone(undo);
                db.save(step);
            });
        } catch (RestoreConflict | TrashException e) {
            db.objects(UndoStep.class).filter("id", step.getId()).delete();
            String reason = e.getMessage().replaceFirst("; nothing was changed\\.$", "");
            throw new UndoConflict("Cannot " + (undo ? "undo " : "redo ") + step.getLabel() + ": " + reason
                    + "; nothing was changed, and the step is taken off the history.");
        }
    }

    private void edit(UndoStep step, boolean undo) {
        RowSnapshot now = RowSnapshot.ofEdit(db, step.getSubject(), step.getSubjectId());
        RowSnapshot from = RowSnapshot.fromJson(undo ? step.getAfter() : step.getBefore());
        requireUnchanged(now, from);
        now.turnInto(db, RowSnapshot.fromJson(undo ? step.getBefore() : step.getAfter()));
    }

    private void create(UndoStep step, boolean undo) {
        RowSnapshot after = RowSnapshot.fromJson(step.getAfter());
        if (undo) {
            requireUnchanged(RowSnapshot.ofDeletion(db, step.getSubject(), step.getSubjectId()), after);
            db.objects(step.getSubject().model()).filter("id", step.getSubjectId()).delete();
        } else {
            after.restore(db);
        }
    }

    private void delete(UndoStep step, boolean undo) {
        if (undo) {
            TrashItem item = step.getTrashItem();
            if (item == null) { // its item was restored and the restore undone: the thing is in the trash again
                item = db.objects(TrashItem.class).filter("kind", step.getSubject()).filter("originalId", step.getSubjectId())
                        .orderBy("-id").first().orElse(null);
            }
            if (item == null) {
                throw new RestoreConflict(RowSnapshot.ofEdit(db, step.getSubject(), step.getSubjectId()).isEmpty()
                        ? "it is no longer in the trash (the trash was emptied)" : "it is back already (restored from the trash)");
            }
            step.setTrashItem(null);
            trash.restore(item.getId());
        } else {
            RowSnapshot now = RowSnapshot.ofDeletion(db, step.getSubject(), step.getSubjectId());
            requireUnchanged(now, RowSnapshot.fromJson(step.getBefore()));
            trash.refuseWhileOnLoan(step.getSubject(), step.getSubjectId());
            step.setTrashItem(trash.discard(step.getSubject(), step.getSubjectId()).orElseThrow());
        }
    }

    private void bulkEdit(UndoStep step, boolean undo) {
        RowSnapshot from = RowSnapshot.fromJson(undo ? step.getAfter() : step.getBefore());
        RowSnapshot now = RowSnapshot.ofBookEdits(db, from.ids("book"));
        requireAllUnchanged(now, from);
        now.turnInto(db, RowSnapshot.fromJson(undo ? step.getBefore() : step.getAfter()));
    }

    private void bulkDelete(UndoStep step, boolean undo) {
        if (undo) {
            List<Long> items = new java.util.ArrayList<>();
            com.google.gson.JsonParser.parseString(step.getAfter()).getAsJsonArray().forEach(e -> items.add(e.getAsLong()));
            long there = db.objects(TrashItem.class).filter("id__in", items).count();
            if (there < items.size()) {
                throw new RestoreConflict((items.size() - there) + " of them " + (items.size() - there == 1 ? "is" : "are")
                        + " no longer in the trash (emptied or restored)");
            }
            for (long id : items) {
                trash.restore(id);
            }
        } else {
            RowSnapshot before = RowSnapshot.fromJson(step.getBefore());
            List<Long> books = before.ids("book");
            requireAllUnchanged(RowSnapshot.ofBookEdits(db, books), before);
            List<TrashItem> items = new java.util.ArrayList<>();
            for (long id : books) {
                trash.refuseWhileOnLoan(TrashKind.BOOK, id);
                items.add(trash.discard(TrashKind.BOOK, id).orElseThrow());
            }
            step.setAfter(trashIds(items));
        }
    }

    private static void requireAllUnchanged(RowSnapshot now, RowSnapshot expected) {
        if (now.ids("book").size() < expected.ids("book").size()) {
            throw new RestoreConflict("some of its books are no longer in the catalogue");
        }
        if (!now.sameRows(expected)) {
            throw new RestoreConflict("some of its books have changed since");
        }
    }

    private static void requireUnchanged(RowSnapshot now, RowSnapshot expected) {
        if (now.isEmpty()) {
            throw new RestoreConflict("it is no longer in the catalogue");
        }
        if (!now.sameRows(expected)) {
            throw new RestoreConflict("it has changed since");
        }
    }

    /** Forgets every step (for a catalogue whose history no longer applies as a whole). */
    public void clear() {
        db.objects(UndoStep.class).delete();
    }
}
