package org.alcove.catalog.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

class RejectedRowsReportTest {

    @Test
    void errorsAreWrittenAsLineFieldMessageRow() throws IOException {
        StringWriter out = new StringWriter();
        try (RejectedRowsReport report = new RejectedRowsReport(out)) {
            report.write(List.of(new RowError(3, "isbn", "ISBN 9780141439519 has a bad check "
                    + "digit (expected 8)", "Emma,\"Austen, Jane\",1815,9780141439519,FIC,474")));
        }
        assertThat(out.toString()).isEqualTo("line,field,message,row\r\n"
                + "3,isbn,ISBN 9780141439519 has a bad check digit (expected 8),"
                + "\"Emma,\"\"Austen, Jane\"\",1815,9780141439519,FIC,474\"\r\n");
    }

    @Test
    void formulaInARejectedRowIsNeutralised() throws IOException {
        StringWriter out = new StringWriter();
        try (RejectedRowsReport report = new RejectedRowsReport(out)) {
            report.write(new RowError(2, "title", "title is required", "=cmd|' /C calc'!A0"));
        }
        assertThat(out.toString()).endsWith(",'=cmd|' /C calc'!A0\r\n");
    }
}
