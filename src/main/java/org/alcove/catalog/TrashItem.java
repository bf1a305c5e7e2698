package org.alcove.catalog;

import java.time.LocalDateTime;

import org.alcove.orm.CharField;
import org.alcove.orm.DateTimeField;
import org.alcove.orm.Index;
import org.alcove.orm.IntegerField;
import org.alcove.orm.Meta;
import org.alcove.orm.Model;
import org.alcove.orm.TextField;

/**
 * A deleted book, author or borrower kept for restoring: every row its deletion took, as JSON
 * (see {@code org.alcove.catalog.trash.RowSnapshot}), with a title and detail to list and search
 * it by, and when it was deleted (items older than the trash keeps are purged on opening).
 */
@Meta(table = "trash_item", ordering = {"-deletedAt", "-id"}, indexes = @Index(fields = "deletedAt"))
public class TrashItem extends Model {
    @CharField(maxLength = 10, choices = TrashKind.class)
    private TrashKind kind;

    /** The id the book, author or borrower had, and gets back on restoring. */
    @IntegerField
    private long originalId;

    /** The book's title, the author's or the borrower's name. */
    @CharField(maxLength = 200)
    private String title;

    /** The book's author, the borrower's card; blank for an author. */
    @CharField(maxLength = 200, blank = true, defaultValue = "")
    private String detail = "";

    /** What went with it ("and 3 books"), blank when nothing did. */
    @CharField(maxLength = 200, blank = true, defaultValue = "")
    private String note = "";

    @DateTimeField
    private LocalDateTime deletedAt;

    @TextField
    private String snapshot;

    public TrashItem() {
    }

    public TrashItem(TrashKind kind, long originalId, String title, String detail, String note, LocalDateTime deletedAt, String snapshot) {
        this.kind = kind;
        this.originalId = originalId;
        this.title = clip(title, 200);
        this.detail = clip(detail == null ? "" : detail, 200);
        this.note = clip(note == null ? "" : note, 200);
        this.deletedAt = deletedAt;
        this.snapshot = snapshot;
    }

    /** At most {@code max} characters (code points, as the column counts them) of {@code s}. */
    private static String clip(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max));
    }

    public TrashKind getKind() {
        touch("kind");
        return kind;
    }

    public long getOriginalId() {
        touch("originalId");
        return originalId;
    }

    public String getTitle() {
        touch("title");
        return title;
    }

    public String getDetail() {
        touch("detail");
        return detail;
    }

    public String getNote() {
        touch("note");
        return note;
    }

    public LocalDateTime getDeletedAt() {
        touch("deletedAt");
        return deletedAt;
    }

    public String getSnapshot() {
        touch("snapshot");
        return snapshot;
    }
}
