package org.alcove.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.circulation.Circulation;
import org.alcove.catalog.circulation.CirculationException;
import org.alcove.catalog.circulation.LoanRow;

import picocli.CommandLine.Option;

/**
 * A lending command: opens the catalogue (which must exist), runs one step of {@link Circulation},
 * and turns a refusal (an unknown card, a copy already out) into exit 1 with its sentence on stderr.
 */
abstract class CirculationCommand extends CatalogCommand {
    @Option(names = "--date", paramLabel = "DATE", description = "The day it happened (YYYY-MM-DD; default today), to enter paper slips afterwards.")
    LocalDate date;

    /** One lending step on an open desk; returns the exit code. */
    @FunctionalInterface
    interface Step {
        int run(Circulation circulation);
    }

    /** Runs {@code step} on the catalogue named by {@code --db}. */
    int withDesk(Step step) {
        requireExisting();
        try (Catalog catalog = openCatalog()) {
            Clock clock = date == null ? Clock.systemDefaultZone()
                    : Clock.fixed(date.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
            return step.run(new Circulation(catalog, clock));
        } catch (CirculationException refused) {
            err().println("alcove: " + refused.getMessage());
            return 1;
        }
    }

    /** One step on one barcode, printing what it did. */
    @FunctionalInterface
    interface BarcodeStep {
        String run(String barcode);
    }

    /**
     * Runs {@code step} on each barcode in turn, printing each outcome; a refused one is printed on
     * stderr and the rest go on (a single barcode's refusal is the command's). Exit 1 when any was refused.
     */
    int eachBarcode(java.util.List<String> barcodes, BarcodeStep step) {
        int refused = 0;
        for (String barcode : barcodes) {
            try {
                out().println(step.run(barcode));
            } catch (CirculationException e) {
                if (barcodes.size() == 1) {
                    throw e;
                }
                err().println("alcove: " + e.getMessage());
                refused++;
            }
        }
        return refused == 0 ? 0 : 1;
    }

    /** A loan as {@code --json} prints it. */
    static Map<String, Object> toJson(LoanRow l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.id());
        m.put("barcode", l.barcode());
        m.put("title", l.title());
        m.put("borrower", l.borrower());
        m.put("card", l.card());
        m.put("group", l.group());
        m.put("loaned", l.loaned().toString());
        m.put("due", l.due().toString());
        m.put("returned", l.returned() == null ? null : l.returned().toString());
        m.put("renewals", l.renewals());
        m.put("lost", l.lost());
        m.put("days_late", l.daysLate());
        m.put("state", l.state());
        return m;
    }

    /** A loan in one line of text. */
    static String line(LoanRow l) {
        return String.format("%-12s %-30s %-24s due %s%s", l.barcode(), clip(l.title(), 30), clip(l.borrower() + " (" + l.card() + ")", 24),
                l.due(), switch (l.state()) {
                    case "overdue" -> "  " + l.daysLate() + (l.daysLate() == 1 ? " day" : " days") + " late";
                    case "lost" -> "  lost";
                    case "returned" -> "  returned " + l.returned();
                    default -> "";
                });
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
