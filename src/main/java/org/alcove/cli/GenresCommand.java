package org.alcove.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.GenreCatalog;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alcove genres [list|add NAME|rename OLD NEW|merge FROM INTO|delete NAME [--move-to G|--leave-without]]}. */
@Command(name = "genres", mixinStandardHelpOptions = true, description = {
    "The catalogue's genres: list [--json] (the default), add NAME, rename OLD NEW, merge FROM INTO (every book of FROM",
    "moves to INTO, then FROM is deleted), delete NAME (a genre with books only with --move-to GENRE or --leave-without).",
    "A genre is named by its name or code, whatever the case, spaces and hyphens (\"science fiction\", FIC).",
    "merge and delete write a backup beside the catalogue first."})
final class GenresCommand extends CatalogCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "ACTION", description = "list, add, rename, merge or delete.")
    String action = "list";

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "ARG", description = "add and delete: NAME; rename: OLD NEW; merge: FROM INTO.")
    List<String> args = new ArrayList<>();

    @Option(names = "--move-to", paramLabel = "GENRE", description = "delete: move the genre's books to this genre.")
    String moveTo;

    @Option(names = "--leave-without", description = "delete: leave the genre's books without a genre.")
    boolean leaveWithout;

    @Option(names = "--json", description = "list: print JSON.")
    boolean json;

    @Override
    public Integer call() {
        if (moveTo != null && leaveWithout) {
            throw new Files2.CliError("give --move-to or --leave-without, not both");
        }
        if ((moveTo != null || leaveWithout) && !"delete".equals(action)) {
            throw new Files2.CliError("--move-to and --leave-without go with delete");
        }
        return switch (action) {
            case "list" -> list();
            case "add" -> change(1, "add NAME", g -> "Added the genre '" + g.add(args.get(0)).getName() + "'.");
            case "rename" -> change(2, "rename OLD NEW", g -> {
                String old = g.require(args.get(0)).getName();
                return "Renamed '" + old + "' to '" + g.rename(args.get(0), args.get(1)).getName() + "'.";
            });
            case "merge" -> change(2, "merge FROM INTO", g -> {
                String from = g.require(args.get(0)).getName();
                String into = g.require(args.get(1)).getName();
                GenreCatalog.Result r = g.merge(args.get(0), args.get(1));
                return "Merged '" + from + "' into '" + into + "': " + books(r.books()) + " moved. The catalogue as it was: " + r.backup();
            });
            case "delete" -> change(1, "delete NAME [--move-to GENRE | --leave-without]", g -> {
                String name = g.require(args.get(0)).getName();
                GenreCatalog.Result r = g.delete(args.get(0), Optional.ofNullable(moveTo), leaveWithout);
                String books = r.books() == 0 ? "" : moveTo != null ? "; " + books(r.books()) + " moved to '" + g.require(moveTo).getName() + "'"
                        : "; " + books(r.books()) + " left without a genre";
                return "Deleted the genre '" + name + "'" + books + "." + (r.backup() == null ? "" : " The catalogue as it was: " + r.backup());
            });
            default -> throw new Files2.CliError("genres wants list, add, rename, merge or delete, not '" + action + "'");
        };
    }

    private static String books(long n) {
        return n + (n == 1 ? " book" : " books");
    }

    private int list() {
        want(0, "list [--json]");
        try (Catalog catalog = openExistingCatalog()) {
            List<GenreCatalog.Entry> all = catalog.genres().withCounts();
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (GenreCatalog.Entry e : all) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("name", e.genre().getName());
                    m.put("code", e.genre().getCode());
                    m.put("books", e.books());
                    rows.add(m);
                }
                out().println(Json.GSON.toJson(Map.of("genres", rows)));
            } else {
                for (GenreCatalog.Entry e : all) {
                    out().printf("%-40s %-4s %8d%n", e.genre().getName(), e.genre().getCode() == null ? "" : e.genre().getCode(), e.books());
                }
                out().println(all.size() + (all.size() == 1 ? " genre." : " genres."));
            }
            return 0;
        }
    }

    /** A change to the genres, refused (exit 1, one sentence on stderr) when the request cannot be done. */
    private int change(int argCount, String usage, java.util.function.Function<GenreCatalog, String> work) {
        want(argCount, usage);
        try (Catalog catalog = openExistingCatalog()) {
            catalog.requireWritable().requireIntact();
            out().println(work.apply(catalog.genres()));
            return 0;
        } catch (IllegalArgumentException e) {
            err().println("alcove: " + e.getMessage());
            return 1;
        }
    }

    private void want(int n, String usage) {
        if (args.size() != n) {
            throw new Files2.CliError("usage: alcove genres " + usage);
        }
    }
}
