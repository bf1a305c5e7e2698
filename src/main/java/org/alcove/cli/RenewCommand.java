package org.alcove.cli;

import org.alcove.catalog.circulation.LoanRow;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alcove renew BARCODE} and {@code alcove renew --lost BARCODE}. */
@Command(name = "renew", mixinStandardHelpOptions = true, description = "Renew a copy's loan by the group's loan days, or mark it lost.")
final class RenewCommand extends CirculationCommand {
    @Parameters(index = "0", paramLabel = "BARCODE", description = "The copy's barcode.")
    String barcode;

    @Option(names = "--lost", description = "Mark the copy lost instead (its loan stays open until it is returned).")
    boolean lost;

    @Override
    public Integer call() {
        return withDesk(circulation -> {
            LoanRow l = lost ? circulation.markLost(barcode) : circulation.renew(barcode);
            out().println(lost ? "Marked '" + l.title() + "' (" + l.barcode() + ") lost, last lent to " + l.borrower()
                    : "Renewed '" + l.title() + "' (" + l.barcode() + ") for " + l.borrower() + ", due " + l.due()
                    + " (renewal " + l.renewals() + ")");
            return 0;
        });
    }
}
