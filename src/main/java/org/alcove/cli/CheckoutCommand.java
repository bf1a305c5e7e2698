package org.alcove.cli;

import java.time.LocalDate;

import org.alcove.catalog.circulation.Checkout;
import org.alcove.catalog.circulation.LoanRow;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alcove checkout CARD BARCODE... [--due DATE]}. */
@Command(name = "checkout", mixinStandardHelpOptions = true, description = "Lend copies (by barcode) to the borrower with a card number.")
final class CheckoutCommand extends CirculationCommand {
    @Parameters(index = "0", paramLabel = "CARD", description = "The borrower's card number.")
    String card;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "BARCODE", description = "The copies' barcodes.")
    java.util.List<String> barcodes;

    @Option(names = "--due", paramLabel = "DATE", description = "The due date (YYYY-MM-DD); default: the loan days of the borrower's group.")
    LocalDate due;

    @Override
    public Integer call() {
        return withDesk(circulation -> eachBarcode(barcodes, barcode -> {
            Checkout c = circulation.checkout(card, barcode, due);
            LoanRow l = c.loan();
            return "Lent '" + l.title() + "' (" + l.barcode() + ") to " + l.borrower() + ", due " + l.due() + (c.filledHold() ? " (hold filled)" : "");
        }));
    }
}
