package org.alcove.catalog.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.alcove.catalog.Borrower;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.io.BorrowerCsv;
import org.alcove.catalog.io.RowError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BorrowerImportTest {
    @TempDir
    Path dir;

    Path csv(String text) throws Exception {
        Path f = dir.resolve("borrowers.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void goodRowsGoInAndBadOnesAreReportedWithTheirLines() throws Exception {
        Path f = csv("Name,Card Number,Class,Email,Active\n"
                + "Ada Pupil,P100,Year 7,ada@school.test,yes\n"
                + ",P101,Year 7,,\n"
                + "Ben Pupil,P 102,Year 7,,\n"
                + "Cara Teacher,S200,Staff,,maybe\n"
                + "\"Dan, the Left\",P103,,,no\n"
                + "Ada Again,P100,Year 8,,\n");
        try (Catalog catalog = Catalog.open(dir.resolve("c.alcove"))) {
            BorrowerImport.Report r = BorrowerImport.run(catalog, f, false);
            assertThat(r.created()).isEqualTo(2);
            assertThat(r.errors()).extracting(RowError::line, RowError::field).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(3L, "Name"), org.assertj.core.groups.Tuple.tuple(4L, "Card Number"),
                    org.assertj.core.groups.Tuple.tuple(5L, "Active"), org.assertj.core.groups.Tuple.tuple(7L, "card"));
            assertThat(r.errors().get(1).message()).contains("without spaces").contains("position 2");
            assertThat(r.errors().get(3).message()).isEqualTo("card P100 is already on line 2");
            Borrower dan = catalog.db().objects(Borrower.class).get("card", "P103");
            assertThat(dan.getName()).isEqualTo("Dan, the Left");
            assertThat(dan.isActive()).isFalse();
            assertThat(catalog.db().objects(Borrower.class).get("card", "P100").getContact()).isEqualTo("ada@school.test");
        }
    }

    @Test
    void abortingOnTheFirstBadRowWritesNothing() throws Exception {
        Path f = csv("name,card\nAda,P1\n,P2\nBen,P3\n");
        try (Catalog catalog = Catalog.open(dir.resolve("c.alcove"))) {
            BorrowerImport.Report r = BorrowerImport.run(catalog, f, true);
            assertThat(r.committed()).isFalse();
            assertThat(r.errors()).singleElement().extracting(RowError::line).isEqualTo(3L);
            assertThat(catalog.db().objects(Borrower.class).count()).isZero();
        }
    }

    @Test
    void exportedBorrowersImportBackUnchangedAndAChangedRowUpdates() throws Exception {
        try (Catalog catalog = Catalog.open(dir.resolve("c.alcove"))) {
            catalog.db().objects(Borrower.class).create(new Borrower("=HYPERLINK(\"x\")", "P1").setGroup("Year 7").setNotes("line one\nline two"));
            catalog.db().objects(Borrower.class).create(new Borrower("Ben", "P2").setActive(false));
            Path out = dir.resolve("out.csv");
            BorrowerCsv.write(out, BorrowerCsv.rows(catalog.db().objects(Borrower.class).list()));
            assertThat(Files.readString(out)).startsWith("name,card,group,contact,notes,active\r\n\"'=HYPERLINK(");
            BorrowerImport.Report again = BorrowerImport.run(catalog, out, false);
            assertThat(again.unchanged()).isEqualTo(2);
            assertThat(again.created() + again.updated()).isZero();
            Files.writeString(out, Files.readString(out).replace("Ben,P2,,,,no", "Ben Smith,P2,Year 8,,,yes"));
            BorrowerImport.Report changed = BorrowerImport.run(catalog, out, false);
            assertThat(changed.updated()).isEqualTo(1);
            Borrower ben = catalog.db().objects(Borrower.class).get("card", "P2");
            assertThat(ben.getName()).isEqualTo("Ben Smith");
            assertThat(ben.isActive()).isTrue();
        }
    }
}
