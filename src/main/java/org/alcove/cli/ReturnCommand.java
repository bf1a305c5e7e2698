package org.alcove.cli;

import org.alcove.catalog.circulation.Return;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code alcove return BARCODE...}. */
@Command(name = "return", mixinStandardHelpOptions = true, description = "Take copies back (by barcode); says who waits for the book, if anyone.")
final class ReturnCommand extends CirculationCommand {
    @Parameters(arity = "1..*", paramLabel = "BARCODE", description = "The copies' barcodes.")
    java.util.List<String> barcodes;

    @Override
    public Integer call() {
        return withDesk(circulation -> eachBarcode(barcodes, barcode -> {
            Return r = circulation.giveBack(barcode);
            StringBuilder m = new StringBuilder("Returned '" + r.loan().title() + "' (" + r.loan().barcode() + ")");
            if (r.loan().daysLate() > 0) {
                m.append(", ").append(r.loan().daysLate()).append(r.loan().daysLate() == 1 ? " day" : " days").append(" late");
            }
            if (r.wasLost()) {
                m.append(", found (it was marked lost)");
            }
            r.holdWaiting().ifPresent(h -> m.append("; put it aside for ").append(h.borrower()).append(" (").append(h.card())
                    .append("), who waits for it"));
            return m.toString();
        }));
    }
}
