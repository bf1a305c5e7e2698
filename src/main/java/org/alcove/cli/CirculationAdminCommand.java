package org.alcove.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alcove.catalog.LoanPolicy;
import org.alcove.catalog.circulation.CirculationStats;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The lending commands that are not desk work: policies, statistics, the privacy purge. */
final class CirculationAdminCommand {
    private CirculationAdminCommand() {
    }

    /** {@code alcove loan-policy [GROUP --days N --renewals N --max N]}. */
    @Command(name = "loan-policy", mixinStandardHelpOptions = true,
            description = "Show the loan policies, or set one for a borrower group (\"\" for the default).")
    static final class Policy extends CirculationCommand {
        @Parameters(index = "0", arity = "0..1", paramLabel = "GROUP", description = "The group; \"\" sets the default.")
        String group;

        @Option(names = "--days", paramLabel = "N", defaultValue = "14", description = "Loan days (default: ${DEFAULT-VALUE}).")
        int days;

        @Option(names = "--renewals", paramLabel = "N", defaultValue = "2", description = "Renewals allowed (default: ${DEFAULT-VALUE}).")
        int renewals;

        @Option(names = "--max", paramLabel = "N", defaultValue = "5", description = "Copies out at once, 0 for no limit (default: ${DEFAULT-VALUE}).")
        int max;

        @Override
        public Integer call() {
            return withDesk(circulation -> {
                if (group != null) {
                    try {
                        circulation.setPolicy(group, days, renewals, max);
                    } catch (IllegalArgumentException e) {
                        throw new Files2.CliError(e.getMessage());
                    }
                }
                List<LoanPolicy> all = circulation.policies();
                if (all.stream().noneMatch(p -> p.getGroup().isEmpty())) {
                    out().printf("%-20s %3d days, %d renewals, %d at once (built in)%n", "(default)", LoanPolicy.DEFAULT_LOAN_DAYS,
                            LoanPolicy.DEFAULT_RENEWALS, LoanPolicy.DEFAULT_MAX_LOANS);
                }
                for (LoanPolicy p : all) {
                    out().printf("%-20s %3d days, %d renewals, %s at once%n", p.getGroup().isEmpty() ? "(default)" : p.getGroup(),
                            p.getLoanDays(), p.getMaxRenewals(), p.getMaxLoans() == 0 ? "any number" : String.valueOf(p.getMaxLoans()));
                }
                return 0;
            });
        }
    }

    /** {@code alcove loan-stats [--months N] [--json]}. */
    @Command(name = "loan-stats", mixinStandardHelpOptions = true,
            description = "Lending figures: loans per month, most borrowed books, loans and overdue copies per group.")
    static final class Stats extends CirculationCommand {
        @Option(names = "--months", paramLabel = "N", defaultValue = "12", description = "Months of loans per month (default: ${DEFAULT-VALUE}).")
        int months;

        @Option(names = "--json", description = "Print the figures as JSON.")
        boolean json;

        @Override
        public Integer call() {
            if (months < 1) {
                throw new Files2.CliError("--months must be 1 or more, not " + months);
            }
            return withDesk(circulation -> {
                CirculationStats s = circulation.stats(months, 10);
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("on_loan", s.onLoan());
                    m.put("overdue", s.overdue());
                    m.put("loans_per_month", counts(s.loansPerMonth(), "month"));
                    m.put("most_borrowed", counts(s.mostBorrowed(), "title"));
                    m.put("loans_per_group", counts(s.loansPerGroup(), "group"));
                    m.put("overdue_per_group", counts(s.overduePerGroup(), "group"));
                    out().println(Json.GSON.toJson(m));
                } else {
                    out().println(s.onLoan() + " copies out, " + s.overdue() + " overdue.");
                    print("Loans per month", s.loansPerMonth());
                    print("Most borrowed", s.mostBorrowed());
                    print("Loans per group", s.loansPerGroup());
                    print("Overdue per group", s.overduePerGroup());
                }
                return 0;
            });
        }

        private static List<Map<String, Object>> counts(List<CirculationStats.Count> counts, String key) {
            return counts.stream().map(c -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put(key, c.label());
                m.put("loans", c.count());
                return m;
            }).toList();
        }

        private void print(String heading, List<CirculationStats.Count> counts) {
            out().println(heading + ":");
            if (counts.isEmpty()) {
                out().println("  (none)");
            }
            counts.forEach(c -> out().printf("  %-40s %6d%n", c.label(), c.count()));
        }
    }

    /** {@code alcove purge-loans --older-than MONTHS}. */
    @Command(name = "purge-loans", mixinStandardHelpOptions = true, description = {
        "Delete the history of loans returned more than MONTHS months ago, keeping only counts per month, group and book",
        "for the statistics (no borrower named). Copies still out are never purged."})
    static final class Purge extends CirculationCommand {
        @Option(names = "--older-than", paramLabel = "MONTHS", required = true, description = "Months of history to keep.")
        int months;

        @Override
        public Integer call() {
            if (months < 0) {
                throw new Files2.CliError("--older-than must be 0 or more, not " + months);
            }
            return withDesk(circulation -> {
                int n = circulation.purgeHistory(months);
                out().println("Purged " + n + (n == 1 ? " loan" : " loans") + " returned before " + circulation.today().minusMonths(months)
                        + "; their counts stay in the statistics.");
                return 0;
            });
        }
    }
}
