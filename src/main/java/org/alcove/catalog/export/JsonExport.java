package org.alcove.catalog.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.stream.JsonWriter;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.io.SafeFiles;
import org.alcove.orm.Q;

/**
 * The whole catalogue (or a search's books) as one JSON document, every field of every book:
 * {@code {"format": "alcove-books", "version": 1, "books": [...]}} with each book in the shape of
 * {@link BookDocuments}. Written as it is read, a thousand books at a time with their relations,
 * so memory stays bounded; to a temporary file moved into place when complete.
 */
public final class JsonExport {
    /** What the document's {@code format} key says. */
    public static final String FORMAT = "alcove-books";
    private static final int CHUNK = 1000;
    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private final Catalog catalog;

    public JsonExport(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * Writes the books (all, or those matching {@code scope}), oldest id first.
     *
     * @return how many books were written
     */
    public long write(Path file, Optional<Q> scope) throws IOException {
        return SafeFiles.replace(file, tmp -> {
            long n = 0;
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                    JsonWriter json = GSON.newJsonWriter(out);
                    Stream<Long> ids = scope.map(q -> catalog.books().filter(q)).orElseGet(catalog::books)
                            .orderBy("id").valuesListFlat("id", Long.class).stream()) {
                json.setIndent(" ");
                json.beginObject().name("format").value(FORMAT).name("version").value(1).name("books").beginArray();
                List<Long> chunk = new ArrayList<>(CHUNK);
                for (Long id : (Iterable<Long>) ids::iterator) {
                    chunk.add(id);
                    if (chunk.size() == CHUNK) {
                        n += writeChunk(json, chunk);
                        chunk.clear();
                    }
                }
                n += writeChunk(json, chunk);
                json.endArray().endObject();
            }
            return n;
        });
    }

    private long writeChunk(JsonWriter json, List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<Map<String, Object>> docs = BookDocuments.load(catalog.db(), ids);
        for (Map<String, Object> d : docs) {
            GSON.toJson(d, Map.class, json);
        }
        return docs.size();
    }
}
