package org.alcove.cli;

import org.alcove.catalog.Book;
import org.alcove.catalog.circulation.CirculationException;
import org.alcove.catalog.circulation.HoldRow;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alcove hold CARD BARCODE_OR_ISBN} and {@code alcove hold --cancel ID}. */
@Command(name = "hold", mixinStandardHelpOptions = true,
        description = "Put a borrower in the queue for a book (named by one of its copies' barcodes or its ISBN), or cancel a hold.")
final class HoldCommand extends CirculationCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "CARD", description = "The borrower's card number.")
    String card;

    @Parameters(index = "1", arity = "0..1", paramLabel = "BOOK", description = "A copy's barcode or the book's ISBN.")
    String book;

    @Option(names = "--cancel", paramLabel = "ID", description = "Cancel the hold with this number.")
    Long cancel;

    @Override
    public Integer call() {
        if (cancel == null && (card == null || book == null)) {
            throw new Files2.CliError("hold wants CARD and BOOK (a copy's barcode or an ISBN), or --cancel ID");
        }
        return withDesk(circulation -> {
            if (cancel != null) {
                circulation.cancelHold(cancel);
                out().println("Cancelled hold #" + cancel);
                return 0;
            }
            Book target = circulation.findBook(book)
                    .orElseThrow(() -> new CirculationException("No copy has barcode '" + book.strip() + "' and no book has that ISBN."));
            HoldRow h = circulation.placeHold(card, target);
            out().println("Hold #" + h.id() + ": " + h.borrower() + " waits for '" + h.title() + "', number " + h.position() + " in the queue");
            return 0;
        });
    }
}
