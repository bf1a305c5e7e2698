package org.alcove.orm.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.alcove.orm.DatabaseError;
import org.alcove.orm.FieldKind;
import org.alcove.orm.OnDelete;
import org.alcove.orm.internal.schema.ColumnDef;
import org.junit.jupiter.api.Test;

/** The SQL PostgresDialect writes for schema changes and connection strings, without a server. */
class PostgresDialectTest {
    private final PostgresDialect pg = new PostgresDialect();

    private static ColumnDef column(String name, FieldKind kind, boolean nullable, boolean unique, String def, String references) {
        return new ColumnDef(name, kind, nullable, unique, kind == FieldKind.CHAR ? 20 : 0, kind == FieldKind.DECIMAL ? 7 : 0,
                kind == FieldKind.DECIMAL ? 2 : 0, def, references, OnDelete.CASCADE);
    }

    @Test
    void alteringAColumnChangesEachPartInPlace() {
        ColumnDef from = column("code", FieldKind.CHAR, true, true, null, null);
        ColumnDef to = column("position", FieldKind.POSITIVE_INTEGER, false, false, "0", null);
        assertThat(pg.alterColumn("shelf", from, to)).containsExactly(
                "ALTER TABLE \"shelf\" RENAME COLUMN \"code\" TO \"position\"",
                "ALTER TABLE \"shelf\" DROP CONSTRAINT IF EXISTS \"shelf_code_key\"",
                "ALTER TABLE \"shelf\" ALTER COLUMN \"position\" TYPE integer USING CAST(\"position\" AS integer)",
                "ALTER TABLE \"shelf\" ALTER COLUMN \"position\" SET DEFAULT 0",
                "UPDATE \"shelf\" SET \"position\" = 0 WHERE \"position\" IS NULL",
                "ALTER TABLE \"shelf\" ALTER COLUMN \"position\" SET NOT NULL",
                "ALTER TABLE \"shelf\" ADD CONSTRAINT \"shelf_position_check\" CHECK (\"position\" >= 0)");
    }

    @Test
    void changingAReferenceSwapsItsConstraintAndLooseningDropsChecks() {
        ColumnDef from = column("shelf_id", FieldKind.FOREIGN_KEY, false, false, "1", "shelf");
        ColumnDef to = column("shelf_id", FieldKind.FOREIGN_KEY, true, true, null, "bookcase");
        assertThat(pg.alterColumn("label", from, to)).containsExactly(
                "ALTER TABLE \"label\" DROP CONSTRAINT IF EXISTS \"label_shelf_id_fkey\"",
                "ALTER TABLE \"label\" ALTER COLUMN \"shelf_id\" DROP DEFAULT",
                "ALTER TABLE \"label\" ALTER COLUMN \"shelf_id\" DROP NOT NULL",
                "ALTER TABLE \"label\" ADD CONSTRAINT \"label_shelf_id_key\" UNIQUE (\"shelf_id\")",
                "ALTER TABLE \"label\" ADD CONSTRAINT \"label_shelf_id_fkey\" FOREIGN KEY (\"shelf_id\") REFERENCES \"bookcase\" (\"id\")"
                        + " DEFERRABLE INITIALLY DEFERRED");
        ColumnDef positive = column("pages", FieldKind.POSITIVE_INTEGER, false, false, null, null);
        assertThat(pg.alterColumn("book", positive, column("pages", FieldKind.INTEGER, false, false, null, null)))
                .containsExactly("ALTER TABLE \"book\" DROP CONSTRAINT IF EXISTS \"book_pages_check\"");
    }

    @Test
    void columnTypesAndLiteralsAreThoseOfPostgresql() {
        assertThat(pg.columnType(column("price", FieldKind.DECIMAL, true, false, null, null))).isEqualTo("numeric(7, 2)");
        assertThat(pg.columnType(column("seen", FieldKind.DATETIME, true, false, null, null))).isEqualTo("timestamp");
        assertThat(pg.columnType(column("lent", FieldKind.BOOLEAN, true, false, null, null))).isEqualTo("boolean");
        assertThat(List.of(pg.literal(true), pg.literal(false), pg.literal(null), pg.literal(3), pg.literal("O'Brien")))
                .containsExactly("TRUE", "FALSE", "NULL", "3", "'O''Brien'");
        assertThat(pg.literal(java.time.LocalDateTime.of(2024, 1, 1, 9, 30))).isEqualTo("'2024-01-01 09:30:00'");
        assertThatThrownBy(() -> pg.rebuildTable(null, java.util.Map.of())).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void dateFunctionsAndSlicesAreWrittenForPostgresql() {
        assertThat(pg.dateExtract("week_day", "d")).isEqualTo("(CAST(EXTRACT(DOW FROM d) AS integer) + 1)");
        assertThat(pg.dateExtract("second", "d")).isEqualTo("CAST(FLOOR(EXTRACT(SECOND FROM d)) AS integer)");
        assertThat(pg.dateExtract("date", "d")).isEqualTo("CAST(d AS date)");
        assertThat(pg.dateExtract("iso_year", "d")).isEqualTo("CAST(EXTRACT(ISOYEAR FROM d) AS integer)");
        assertThat(pg.dateTrunc("month", "d", false)).isEqualTo("CAST(date_trunc('month', CAST(d AS timestamp)) AS date)");
        Sql sql = new Sql().append("SELECT 1");
        pg.limitOffset(sql, null, 20);
        assertThat(sql.text()).isEqualTo("SELECT 1 OFFSET 20");
        assertThatThrownBy(() -> pg.dateExtract("century", "d")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aConnectionStringIsReadOrRefusedInOneSentence() {
        PostgresUrl url = PostgresUrl.parse("postgres://db.example:6543/cat%20alogue?ApplicationName=desk");
        assertThat(url.port()).isEqualTo(6543);
        assertThat(url.database()).isEqualTo("cat alogue");
        assertThat(url.user()).isEqualTo(System.getProperty("user.name"));
        assertThat(url.properties(n -> null).getProperty("ApplicationName")).isEqualTo("desk");
        assertThat(url.toString()).isEqualTo("postgresql://" + System.getProperty("user.name") + "@db.example:6543/cat alogue");
        assertThatThrownBy(() -> PostgresUrl.parse("postgresql://server")).isInstanceOf(DatabaseError.class)
                .hasMessageContaining("expected postgresql://user@host:5432/name");
        assertThatThrownBy(() -> PostgresUrl.parse("postgresql://u@server:99999/x")).hasMessageContaining("Not a port");
        assertThatThrownBy(() -> PostgresUrl.parse("postgresql://u@server/x?password=secret")).hasMessageContaining("PGPASSWORD");
        assertThat(PostgresUrl.isUrl("library.alcove")).isFalse();
    }
}
