package org.alcove.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alcove.catalog.circulation.Circulation;
import org.alcove.catalog.circulation.LoanRow;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code alcove loans [--overdue|--all] [--borrower CARD] [--json]}. */
@Command(name = "loans", mixinStandardHelpOptions = true, description = "List the copies out (soonest due first), the overdue ones, or every loan kept.")
final class LoansCommand extends CirculationCommand {
    @Option(names = "--overdue", description = "Only copies past their due date, most days late first.")
    boolean overdue;

    @Option(names = "--all", description = "Every loan kept, returned ones too, newest first.")
    boolean all;

    @Option(names = "--borrower", paramLabel = "CARD", description = "Only this borrower's loans.")
    String card;

    @Option(names = "--json", description = "Print the loans as JSON.")
    boolean json;

    @Override
    public Integer call() {
        if (overdue && all) {
            throw new Files2.CliError("--overdue and --all cannot be used together");
        }
        return withDesk(circulation -> {
            Circulation.Scope scope = overdue ? Circulation.Scope.OVERDUE : all ? Circulation.Scope.ALL : Circulation.Scope.OPEN;
            List<LoanRow> loans = circulation.loans(scope, card);
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("today", circulation.today().toString());
                m.put("loans", loans.stream().map(CirculationCommand::toJson).toList());
                out().println(Json.GSON.toJson(m));
            } else {
                loans.forEach(l -> out().println(line(l)));
                out().println(loans.size() + (loans.size() == 1 ? " loan" : " loans")
                        + (scope == Circulation.Scope.OVERDUE ? " overdue." : scope == Circulation.Scope.OPEN ? " out." : " kept."));
            }
            return 0;
        });
    }
}
