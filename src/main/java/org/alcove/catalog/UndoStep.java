package org.alcove.catalog;

import java.time.LocalDateTime;

import org.alcove.orm.BooleanField;
import org.alcove.orm.CharField;
import org.alcove.orm.DateTimeField;
import org.alcove.orm.ForeignKey;
import org.alcove.orm.IntegerField;
import org.alcove.orm.Meta;
import org.alcove.orm.Model;
import org.alcove.orm.OnDelete;
import org.alcove.orm.TextField;

/**
 * One action of the undo history, kept in the catalogue so that it survives closing the window:
 * what it was ("Delete “Dune”"), what it changed (the rows before and after, as JSON snapshots), and
 * whether it is undone (then Redo can make it again). See {@code org.alcove.catalog.undo.UndoHistory}.
 */
@Meta(table = "undo_step", ordering = {"id"})
public class UndoStep extends Model {
    /** What the action was, as the menu names it after "Undo " or "Redo ". */
    @CharField(maxLength = 300)
    private String label;

    /** {@code edit}, {@code create}, {@code delete}, {@code restore} (from the trash), or for several books at once {@code bulk-edit} or {@code bulk-del}. */
    @CharField(maxLength = 10)
    private String action;

    @CharField(maxLength = 10, choices = TrashKind.class)
    private TrashKind subject;

    @IntegerField
    private long subjectId;

    /** The subject's rows before the action (empty for a creation). */
    @TextField(blank = true, defaultValue = "")
    private String before = "";

    /** The subject's rows after the action (empty for a deletion). */
    @TextField(blank = true, defaultValue = "")
    private String after = "";

    /** Where a deletion put the subject; null once the trash lets it go (emptied, restored, purged). */
    @ForeignKey(onDelete = OnDelete.SET_NULL, relatedName = "undoSteps", nullable = true, blank = true)
    private TrashItem trashItem;

    @BooleanField(defaultValue = "false")
    private boolean undone;

    @DateTimeField
    private LocalDateTime madeAt;

    public UndoStep() {
    }

    public UndoStep(String label, String action, TrashKind subject, long subjectId, String before, String after, LocalDateTime madeAt) {
        this.label = label.length() > 300 ? label.substring(0, 299) + "\u2026" : label;
        this.action = action;
        this.subject = subject;
        this.subjectId = subjectId;
        this.before = before;
        this.after = after;
        this.madeAt = madeAt;
    }

    public String getLabel() {
        touch("label");
        return label;
    }

    public String getAction() {
        touch("action");
        return action;
    }

    public TrashKind getSubject() {
        touch("subject");
        return subject;
    }

    public long getSubjectId() {
        touch("subjectId");
        return subjectId;
    }

    public String getBefore() {
        touch("before");
        return before;
    }

    public String getAfter() {
        touch("after");
        return after;
    }

    public TrashItem getTrashItem() {
        touch("trashItem");
        return trashItem;
    }

    public UndoStep setTrashItem(TrashItem item) {
        this.trashItem = item;
        return this;
    }

    /** A bulk deletion's redo puts its books into the trash again, under new trash items: their ids replace the old ones. */
    public UndoStep setAfter(String after) {
        this.after = after;
        return this;
    }

    public boolean isUndone() {
        touch("undone");
        return undone;
    }

    public UndoStep setUndone(boolean undone) {
        this.undone = undone;
        return this;
    }

    public LocalDateTime getMadeAt() {
        touch("madeAt");
        return madeAt;
    }
}
