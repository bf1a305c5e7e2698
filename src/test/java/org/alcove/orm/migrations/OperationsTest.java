package org.alcove.orm.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.alcove.orm.internal.schema.IndexDef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each operation forwards and backwards on a database holding thousands of rows. */
class OperationsTest {
    private static final long LABELS = 2L * Lab.SHELVES;

    @TempDir
    Path tmp;

    private static void assertDataIntact(Lab lab) {
        assertThat(lab.count("SELECT count(*) FROM shelf")).isEqualTo(Lab.SHELVES);
        assertThat(lab.count("SELECT count(*) FROM label")).isEqualTo(LABELS);
        assertThat(lab.count("SELECT count(*) FROM label JOIN shelf ON shelf.id = label.shelf_id")).isEqualTo(LABELS);
        assertThat(lab.strings("SELECT name FROM shelf WHERE id = 1234")).containsExactly("shelf 1234");
    }

    @Test
    void initialMigrationCreatesTablesAndIndexes() {
        try (Lab lab = Lab.withData(tmp)) {
            assertThat(lab.columns("shelf")).containsExactly("id", "name", "position", "code");
            assertThat(lab.indexNames("shelf")).containsExactly("shelf_code_idx", "shelf_name_idx");
            assertThat(lab.indexNames("label")).containsExactly("label_shelf_id_idx");
            lab.migrate(Migrator.ZERO);
            assertThat(lab.db.tableNames()).containsExactly(Migrator.HISTORY_TABLE);
        }
    }

    @Test
    void addFieldFillsDefaultAndRemovesBackwards() {
        try (Lab lab = Lab.withData(tmp)) {
            lab.add("shelf_language", "{\"op\": \"AddField\", \"model\": \"Shelf\", \"field\": "
                    + "{\"name\": \"language\", \"kind\": \"CHAR\", \"maxLength\": 2, \"default\": \"en\"}}");
            lab.migrate(null);
            assertThat(lab.count("SELECT count(*) FROM shelf WHERE language = 'en'")).isEqualTo(Lab.SHELVES);
            lab.migrate("0001_initial");
            assertThat(lab.columns("shelf")).containsExactly("id", "name", "position", "code");
            assertDataIntact(lab);
        }
    }

    @Test
    void addUniqueFieldRebuildsTableWithIndexes() {
        try (Lab lab = Lab.withData(tmp)) {
            lab.add("shelf_barcode", "{\"op\": \"AddField\", \"model\": \"Shelf\", \"field\": "
                    + "{\"name\": \"barcode\", \"kind\": \"CHAR\", \"maxLength\": 20, \"nullable\": true, \"unique\": true}}");
            lab.migrate(null);
            assertThat(lab.columns("shelf")).endsWith("barcode");
            assertThat(lab.indexes("shelf")).anyMatch(i -> i.unique() && i.columns().equals(List.of("barcode")));
            assertThat(lab.indexNames("shelf")).contains("shelf_code_idx", "shelf_name_idx");
            assertDataIntact(lab);
            lab.migrate("0001_initial");
            assertThat(lab.columns("shelf")).doesNotContain("barcode");
            assertDataIntact(lab);
        }
    }

    @Test
    void removeIndexedFieldRebuildsAndComesBackWithDefault() {
        try (Lab lab = Lab.withData(tmp)) {
            lab.add("remove_code", "{\"op\": \"RemoveField\", \"model\": \"Shelf\", \"name\": \"code\"}");
            lab.migrate(null);
            assertThat(lab.columns("shelf")).containsExactly("id", "name", "position");
            assertThat(lab.indexNames("shelf")).containsExactly("shelf_name_idx");
            assertDataIntact(lab);
            lab.migrate("0001_initial");
            assertThat(lab.count("SELECT count(*) FROM shelf WHERE code = 'X'")).isEqualTo(Lab.SHELVES);
            assertThat(lab.indexNames("shelf")).containsExactly("shelf_code_idx", "shelf_name_idx");
            assertDataIntact(lab);
        }
    }

    @Test
    void removePlainFieldUsesDropColumn() {
        try (Lab lab = Lab.withData(tmp)) {
            String name = lab.add("remove_position", "{\"op\": \"RemoveField\", \"model\": \"Shelf\", \"name\": \"position\"}");
            assertThat(lab.migrator().sql(name, false)).containsExactly("ALTER TABLE \"shelf\" DROP COLUMN \"position\";");
            lab.migrate(null);
            assertThat(lab.columns("shelf")).containsExactly("id", "name", "code");
            lab.migrate("0001_initial");
            assertThat(lab.count("SELECT count(*) FROM shelf WHERE position IS NULL")).isEqualTo(Lab.SHELVES);
            assertDataIntact(lab);
        }
    }

    @Test
    void alterFieldToNotNullCoalescesToTheNewDefault() {
        try (Lab lab = Lab.withData(tmp)) {
            lab.add("alter_position", "{\"op\": \"AlterField\", \"model\": \"Shelf\", \"field\": "
                    + "{\"name\": \"position\", \"kind\": \"INTEGER\", \"default\": \"0\"}}");
            lab.migrate(null);
            assertThat(lab.count("SELECT count(*) FROM shelf WHERE position = 0")).isEqualTo(Lab.SHELVES / 3);
            assertThat(lab.count("SELECT position FROM shelf WHERE id = 7")).isEqualTo(7);
            assertThat(lab.notNull("shelf", "position")).isEqualTo("1");
            assertThat(lab.indexNames("shelf")).containsExactly("shelf_code_idx", "shelf_name_idx");
            assertDataIntact(lab);
            lab.migrate("0001_initial");
            assertThat(lab.notNull("shelf", "position")).isEqualTo("0");
            assertDataIntact(lab);
        }
    }

    @Test
    void alterFieldTypeConvertsValues() {
        try (Lab lab = Lab.withData(tmp)) {
            lab.add("position_text", "{\"op\": \"AlterField\", \"model\": \"Shelf\", \"field\": "
                    + "{\"name\": \"position\", \"kind\": \"CHAR\", \"maxLength\": 10, \"nullable\": true}}");
            lab.migrate(null);
            assertThat(lab.valueType("shelf", "position", 7)).isEqualTo("text");
            lab.migrate("0001_initial");
            assertThat(lab.valueType("shelf", "position", 7)).isEqualTo("integer");
            assertDataIntact(lab);
        }
    }

    @Test
    void renameFieldKeepsValues() {
        try (Lab lab = Lab.withData(tmp)) {
            lab.add("rename", "{\"op\": \"RenameField\", \"model\": \"Shelf\", \"old\": \"name\", \"new\": \"title\", \"column\": \"title\"}");
            lab.migrate(null);
            assertThat(lab.strings("SELECT title FROM shelf WHERE id = 1234")).containsExactly("shelf 1234");
            assertThat(lab.indexes("shelf")).anyMatch(i -> i.name().equals("shelf_name_idx") && i.columns().equals(List.of("title")));
            lab.migrate("0001_initial");
            assertDataIntact(lab);
        }
    }

    @Test
    void renameModelRenamesTableAndForeignKeysFollow() {
        try (Lab lab = Lab.withData(tmp)) {
            lab.add("rename_shelf", "{\"op\": \"RenameModel\", \"old\": \"Shelf\", \"new\": \"Bookcase\", \"table\": \"bookcase\"}");
            lab.migrate(null);
            assertThat(lab.db.tableNames()).contains("bookcase").doesNotContain("shelf");
            assertThat(lab.referencedTables("label")).containsExactly("bookcase");
            assertThat(lab.count("SELECT count(*) FROM label JOIN bookcase ON bookcase.id = label.shelf_id")).isEqualTo(LABELS);
            lab.migrate("0001_initial");
            assertThat(lab.referencedTables("label")).containsExactly("shelf");
            assertDataIntact(lab);
        }
    }

    @Test
    void deleteModelDropsTableAndBackwardsRecreatesIt() {
        try (Lab lab = Lab.withData(tmp)) {
            lab.add("delete_label", "{\"op\": \"DeleteModel\", \"model\": \"Label\"}");
            lab.migrate(null);
            assertThat(lab.db.tableNames()).doesNotContain("label");
            lab.migrate("0001_initial");
            assertThat(lab.count("SELECT count(*) FROM label")).isZero();
            assertThat(lab.indexNames("label")).containsExactly("label_shelf_id_idx");
        }
    }

    @Test
    void addAndRemoveIndexAndConstraint() {
        try (Lab lab = Lab.withData(tmp)) {
            lab.add("indexes", "{\"op\": \"AddIndex\", \"model\": \"Shelf\", \"index\": {\"name\": \"shelf_pos_idx\", \"fields\": [\"-position\"]}},"
                    + "{\"op\": \"AddConstraint\", \"model\": \"Shelf\", \"constraint\": {\"name\": \"shelf_code_uniq\", \"fields\": [\"code\", \"name\"]}},"
                    + "{\"op\": \"RemoveIndex\", \"model\": \"Shelf\", \"name\": \"shelf_name_idx\"}");
            lab.migrate(null);
            assertThat(lab.indexes("shelf")).contains(new IndexDef("shelf_pos_idx", List.of("-position"), false),
                    new IndexDef("shelf_code_uniq", List.of("code", "name"), true));
            assertThat(lab.indexNames("shelf")).doesNotContain("shelf_name_idx");
            lab.migrate("0001_initial");
            assertThat(lab.indexNames("shelf")).containsExactly("shelf_code_idx", "shelf_name_idx");
            assertDataIntact(lab);
        }
    }

    @Test
    void runSqlWithReverseSql() {
        try (Lab lab = Lab.withData(tmp)) {
            lab.add("sql", "{\"op\": \"RunSQL\", \"sql\": [\"UPDATE shelf SET code = 'Z' WHERE id <= 10\"], "
                    + "\"reverseSql\": [\"UPDATE shelf SET code = 'C' || id WHERE id <= 10\"]}");
            lab.migrate(null);
            assertThat(lab.count("SELECT count(*) FROM shelf WHERE code = 'Z'")).isEqualTo(10);
            lab.migrate("0001_initial");
            assertThat(lab.strings("SELECT code FROM shelf WHERE id = 3")).containsExactly("C3");
        }
    }

    @Test
    void runJavaForwardsAndBackwards() {
        try (Lab lab = Lab.withData(tmp)) {
            String name = lab.add("upper", "{\"op\": \"RunJava\", \"class\": \"org.alcove.orm.migrations.fixtures.UpperCaseLabels\"}");
            lab.migrate(null);
            assertThat(lab.strings("SELECT text FROM label WHERE id = 1")).containsExactly("LABEL A1");
            assertThat(lab.migrator().sql(name, false)).singleElement().asString().startsWith("-- Java data migration");
            lab.migrate("0001_initial");
            assertThat(lab.strings("SELECT text FROM label WHERE id = 1")).containsExactly("label a1");
        }
    }
}
