package org.alcove.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alcove.catalog.Borrower;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.circulation.BorrowerImport;
import org.alcove.catalog.circulation.Circulation;
import org.alcove.catalog.circulation.CirculationException;
import org.alcove.catalog.io.BorrowerCsv;
import org.alcove.catalog.io.RowError;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alcove borrowers list|add|import|export ...}. */
@Command(name = "borrowers", mixinStandardHelpOptions = true, description = {
    "Borrowers: list [--json], add NAME CARD [--group G] [--contact C], set CARD [--name N] [--group G] [--contact C]",
    "[--active yes|no], delete CARD (into the trash), import FILE [--on-error skip|abort], export FILE.",
    "A borrower CSV has the columns name,card,group,contact,notes,active (name and card required); importing a card",
    "already in the catalogue updates that borrower."})
final class BorrowersCommand extends CatalogCommand {

    @Parameters(index = "0", paramLabel = "ACTION", description = "list, add, set, delete, import or export.")
    String action;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "ARG", description = "add: NAME CARD; import and export: FILE.")
    List<String> args = new ArrayList<>();

    @Option(names = "--group", paramLabel = "G", description = "add, set: the borrower's group or class (chooses the loan policy).")
    String group;

    @Option(names = "--contact", paramLabel = "C", description = "add, set: an e-mail address or telephone number.")
    String contact;

    @Option(names = "--name", paramLabel = "N", description = "set: the borrower's name.")
    String name;

    @Option(names = "--active", paramLabel = "yes|no", description = "set: whether the card may borrow (an inactive card keeps its history).")
    String active;

    @Option(names = "--on-error", paramLabel = "skip|abort", description = "import: skip bad rows (default) or stop at the first and import nothing.")
    String onError = "skip";

    @Option(names = "--json", description = "list and import: print JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        return switch (action) {
            case "list" -> list();
            case "add" -> add();
            case "set" -> set();
            case "delete" -> delete();
            case "import" -> importFile();
            case "export" -> export();
            default -> throw new Files2.CliError("borrowers wants list, add, set, delete, import or export, not '" + action + "'");
        };
    }

    private void want(int n, String usage) {
        if (args.size() != n) {
            throw new Files2.CliError("usage: alcove borrowers " + usage);
        }
    }

    private int list() {
        want(0, "list [--json]");
        requireExisting();
        try (Catalog catalog = openExistingCatalog()) {
            List<Borrower> all = new Circulation(catalog).borrowers();
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Borrower b : all) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("name", b.getName());
                    m.put("card", b.getCard());
                    m.put("group", b.getGroup());
                    m.put("contact", b.getContact());
                    m.put("active", b.isActive());
                    rows.add(m);
                }
                out().println(Json.GSON.toJson(Map.of("borrowers", rows)));
            } else {
                for (Borrower b : all) {
                    out().printf("%-12s %-30s %-12s%s%n", b.getCard(), b.getName(), b.getGroup(), b.isActive() ? "" : "  inactive");
                }
                out().println(all.size() + (all.size() == 1 ? " borrower." : " borrowers."));
            }
            return 0;
        }
    }

    private int add() {
        want(2, "add NAME CARD [--group G] [--contact C]");
        requireExisting();
        try (Catalog catalog = openCatalog()) {
            Borrower b = new Circulation(catalog).addBorrower(args.get(0), args.get(1), group == null ? "" : group, contact == null ? "" : contact);
            out().println("Added " + b.getName() + " with card " + b.getCard());
            return 0;
        } catch (CirculationException e) {
            err().println("alcove: " + e.getMessage());
            return 1;
        }
    }

    private int set() {
        want(1, "set CARD [--name N] [--group G] [--contact C] [--active yes|no]");
        Boolean act = null;
        if (active != null) {
            act = switch (active.toLowerCase(java.util.Locale.ROOT)) {
                case "yes", "y", "true" -> true;
                case "no", "n", "false" -> false;
                default -> throw new Files2.CliError("--active wants yes or no, not " + active);
            };
        }
        if (name == null && group == null && contact == null && act == null) {
            throw new Files2.CliError("borrowers set wants at least one of --name, --group, --contact, --active");
        }
        requireExisting();
        try (Catalog catalog = openCatalog()) {
            Borrower b = new Circulation(catalog).updateBorrower(args.get(0), name, group, contact, act);
            out().println("Changed " + b.getName() + " (" + b.getCard() + "): group " + (b.getGroup().isEmpty() ? "none" : b.getGroup())
                    + ", card " + (b.isActive() ? "active" : "inactive"));
            return 0;
        } catch (CirculationException e) {
            err().println("alcove: " + e.getMessage());
            return 1;
        }
    }

    private int delete() {
        want(1, "delete CARD");
        requireExisting();
        try (Catalog catalog = openCatalog()) {
            Circulation desk = new Circulation(catalog);
            String who = desk.borrower(args.get(0)).getName();
            desk.deleteBorrower(args.get(0));
            out().println("Deleted " + who + " (" + args.get(0).strip() + ") into the trash; alcove trash restore brings them back.");
            return 0;
        } catch (CirculationException e) {
            err().println("alcove: " + e.getMessage());
            return 1;
        }
    }

    private int importFile() throws IOException {
        want(1, "import FILE [--on-error skip|abort]");
        if (!onError.equals("skip") && !onError.equals("abort")) {
            throw new Files2.CliError("--on-error wants skip or abort, not " + onError);
        }
        Path file = Path.of(args.get(0));
        Files2.requireReadable(file);
        requireExisting();
        try (Catalog catalog = openCatalog()) {
            BorrowerImport.Report r = BorrowerImport.run(catalog, file, onError.equals("abort"));
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("created", r.created());
                m.put("updated", r.updated());
                m.put("unchanged", r.unchanged());
                m.put("rejected", r.errors().size());
                m.put("committed", r.committed());
                m.put("errors", r.errors().stream().map(e -> Map.of("line", e.line(), "field", e.field(), "message", e.message())).toList());
                out().println(Json.GSON.toJson(m));
            } else {
                out().println(r.committed() ? "Borrowers: " + r.created() + " added, " + r.updated() + " updated, " + r.unchanged()
                        + " unchanged, " + r.errors().size() + " rejected." : "Nothing imported: the import stopped at the first bad row.");
                for (RowError e : r.errors().subList(0, Math.min(20, r.errors().size()))) {
                    out().println("  line " + e.line() + ", " + e.field() + ": " + e.message());
                }
                if (r.errors().size() > 20) {
                    out().println("  … and " + (r.errors().size() - 20) + " more");
                }
            }
            return r.committed() && (r.errors().isEmpty() || r.created() + r.updated() + r.unchanged() > 0) ? 0 : 1;
        }
    }

    private int export() throws IOException {
        want(1, "export FILE");
        Path file = Path.of(args.get(0));
        Files2.requireFolderOf(file);
        try (Catalog catalog = openIntactCatalog()) {
            List<Borrower> all = new Circulation(catalog).borrowers();
            BorrowerCsv.write(file, BorrowerCsv.rows(all));
            out().println("Exported " + all.size() + (all.size() == 1 ? " borrower" : " borrowers") + " to " + file);
            return 0;
        }
    }
}
