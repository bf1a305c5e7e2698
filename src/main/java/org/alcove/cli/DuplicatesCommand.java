package org.alcove.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.merge.Duplicates;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code alcove duplicates [--authors] [--json]}. */
@Command(name = "duplicates", mixinStandardHelpOptions = true, description = {
    "List books that look entered twice (the same ISBN, or the same main title by the same first author),",
    "or with --authors the authors whose names are one person's spellings. Nothing is changed: merge with merge-books / merge-authors."})
final class DuplicatesCommand extends CatalogCommand {
    @Option(names = "--authors", description = "List authors instead of books.")
    boolean authors;

    @Option(names = "--json", description = "Print the groups as JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (Catalog catalog = openExistingCatalog()) {
            Duplicates d = new Duplicates(catalog);
            if (authors) {
                List<Duplicates.AuthorGroup> groups = d.authors();
                if (json) {
                    out().println(Json.GSON.toJson(Map.of("authors", groups.stream().map(g -> g.authors().stream().map(a -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("id", a.id());
                        m.put("name", a.name());
                        m.put("books", a.books());
                        return m;
                    }).toList()).toList())));
                } else {
                    for (Duplicates.AuthorGroup g : groups) {
                        out().println(String.join("  ·  ", g.authors().stream().map(a -> "#" + a.id() + " " + a.name()
                                + " (" + a.books() + (a.books() == 1 ? " book)" : " books)")).toList()));
                    }
                    out().println(groups.size() + " group(s) of authors who look like one person."
                            + (groups.isEmpty() ? "" : " Merge one: alcove merge-authors KEEP_ID OTHER_ID..."));
                }
                return 0;
            }
            List<Duplicates.BookGroup> groups = d.books();
            if (json) {
                out().println(Json.GSON.toJson(Map.of("books", groups.stream().map(g -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("reason", g.reason());
                    m.put("books", g.books().stream().map(b -> {
                        Map<String, Object> o = new LinkedHashMap<>();
                        o.put("id", b.id());
                        o.put("title", b.title());
                        o.put("author", b.author());
                        o.put("year", b.published().isEmpty() ? null : b.published());
                        o.put("isbn", b.isbn());
                        return o;
                    }).toList());
                    return m;
                }).toList())));
            } else {
                for (Duplicates.BookGroup g : groups) {
                    out().println(g.reason() + ": " + String.join("  ·  ", g.books().stream().map(b -> "#" + b.id() + " \u201c" + b.title()
                            + "\u201d (" + b.author() + (b.published().isEmpty() ? "" : ", " + b.published()) + ")").toList()));
                }
                out().println(groups.size() + " group(s) of books that look entered twice."
                        + (groups.isEmpty() ? "" : " Merge one: alcove merge-books KEEP_ID OTHER_ID..."));
            }
            return 0;
        }
    }
}
