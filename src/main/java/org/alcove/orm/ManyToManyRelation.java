package org.alcove.orm;

import java.util.List;

import org.alcove.orm.internal.schema.ColumnDef;
import org.alcove.orm.internal.schema.IndexDef;
import org.alcove.orm.internal.schema.TableDef;

/**
 * A many-to-many relation seen from one side: from {@code model} to {@code target} through the
 * rows of {@code throughTable}, whose {@code modelColumn} holds this side's id and {@code targetColumn}
 * the other's. Each relation has two views, the declaring side's (named by the field) and the
 * target's (named by {@code relatedName}); {@link #reversed} turns one into the other.
 *
 * @param name         the lookup name on {@code model} ({@code tags}, or {@code books} from a tag)
 * @param model        the side this view starts from
 * @param target       the other side
 * @param throughTable the table of pairs
 * @param modelColumn  its column holding {@code model}'s id
 * @param targetColumn its column holding {@code target}'s id
 * @param through      the through model, or null for a table the ORM makes
 * @param throughName  the through model's name in migrations and delete counts ({@code Book_tags} when auto)
 * @param forward      whether this is the declaring side
 * @param otherName    the name of the reverse view
 */
public record ManyToManyRelation(String name, ModelMeta<?> model, ModelMeta<?> target, String throughTable,
                                 String modelColumn, String targetColumn, ModelMeta<?> through, String throughName,
                                 boolean forward, String otherName) {
    /** The same relation seen from the other side. */
    public ManyToManyRelation reversed() {
        return new ManyToManyRelation(otherName, target, model, throughTable, targetColumn, modelColumn, through,
                throughName, !forward, name);
    }

    /** Whether the ORM makes and maintains the through table (no through model was given). */
    public boolean autoCreated() {
        return through == null;
    }

    /** The names of the auto-created through table's two key fields: this side's, then the target's. */
    public String modelKeyName() {
        return modelColumn.substring(0, modelColumn.length() - "_id".length());
    }

    /** The target's key field name in the auto-created through table. */
    public String targetKeyName() {
        return targetColumn.substring(0, targetColumn.length() - "_id".length());
    }

    /** The unique constraint of an auto-created through table: each pair once. */
    public String uniqueName() {
        return throughTable + "_" + modelColumn + "_" + targetColumn + "_uniq";
    }

    /**
     * The auto-created through table: an id, a key to each side (deleting either side deletes the
     * pair), each indexed, and each pair once.
     */
    public TableDef autoThroughTable() {
        List<ColumnDef> columns = List.of(
                new ColumnDef("id", FieldKind.AUTO, false, false, 0, 0, 0, null, null, null),
                new ColumnDef(modelColumn, FieldKind.FOREIGN_KEY, false, false, 0, 0, 0, null, model.table(), OnDelete.CASCADE),
                new ColumnDef(targetColumn, FieldKind.FOREIGN_KEY, false, false, 0, 0, 0, null, target.table(), OnDelete.CASCADE));
        List<IndexDef> indexes = List.of(IndexDef.ofField(throughTable, modelColumn), IndexDef.ofField(throughTable, targetColumn),
                new IndexDef(uniqueName(), List.of(modelColumn, targetColumn), true));
        return new TableDef(throughTable, columns, indexes);
    }
}
