package org.alcove.catalog.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.alcove.catalog.Genre;

/**
 * How an import picks a book's genre from its shelves, tags, collections, subjects, BISAC headings
 * or Dewey number: a list of {@code term,genre} lines the user can read and edit. The built-in
 * list is {@code genres.csv} beside this class ({@code alcove import --show-genres} prints it);
 * {@code --genres FILE} replaces it.
 *
 * <pre>{@code
 * GenreMapping.builtIn().genreOf(List.of("to-read", "Science Fiction"), "");  // FIC (a code or a genre's name)
 * GenreMapping.builtIn().genreOf(List.of(), "891.7342");                       // FIC (dewey:800-900)
 * }</pre>
 */
public final class GenreMapping {

    private static final String RESOURCE = "genres.csv";
    private static GenreMapping builtIn;

    private final Map<String, String> byTerm;
    private final List<DeweyRange> dewey;

    private record DeweyRange(BigDecimal from, BigDecimal to, String genre) {
    }

    private GenreMapping(Map<String, String> byTerm, List<DeweyRange> dewey) {
        this.byTerm = byTerm;
        this.dewey = dewey;
    }

    /**
     * The mapping Alcove ships.
     *
     * @return the built-in mapping
     */
    public static synchronized GenreMapping builtIn() {
        if (builtIn == null) {
            try {
                builtIn = parse(builtInText(), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return builtIn;
    }

    /**
     * The built-in mapping's text, comments included, to show or copy.
     *
     * @return the text
     * @throws IOException if the resource cannot be read
     */
    public static String builtInText() throws IOException {
        try (InputStream in = GenreMapping.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the built-in genre mapping " + RESOURCE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Reads a user's mapping file.
     *
     * @param file the file, lines of {@code term,genre}; {@code #} starts a comment
     * @return the mapping
     * @throws ImportFileException naming the line of a bad entry
     * @throws IOException if the file cannot be read
     */
    public static GenreMapping load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
    }

    private static GenreMapping parse(String text, String name) throws IOException {
        Map<String, String> byTerm = new HashMap<>();
        List<DeweyRange> dewey = new ArrayList<>();
        BufferedReader lines = new BufferedReader(new java.io.StringReader(text));
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            int comma = s.lastIndexOf(',');
            String term = comma < 0 ? "" : s.substring(0, comma).strip();
            String genreText = comma < 0 ? "" : s.substring(comma + 1).strip();
            if (term.isEmpty() || Genre.key(genreText).isEmpty() || genreText.length() > Genre.NAME_LENGTH) {
                throw new ImportFileException(name + " line " + number + ": expected term,genre with a genre's name or code"
                        + " (such as FIC or Poetry, at most " + Genre.NAME_LENGTH + " characters), got '" + s + "'");
            }
            if (term.toLowerCase(Locale.ROOT).startsWith("dewey:")) {
                String[] range = term.substring(6).split("-", 2);
                try {
                    dewey.add(new DeweyRange(new BigDecimal(range[0].strip()),
                            new BigDecimal(range.length > 1 ? range[1].strip() : range[0].strip() + ".99999"),
                            genreText));
                } catch (NumberFormatException e) {
                    throw new ImportFileException(name + " line " + number + ": expected dewey:FROM-TO such as dewey:500-600, got '"
                            + term + "'");
                }
            } else {
                byTerm.putIfAbsent(key(term), genreText);
            }
        }
        return new GenreMapping(byTerm, List.copyOf(dewey));
    }

    /**
     * The genre the first of {@code terms} found in the mapping gives, else the Dewey number's.
     *
     * @param terms shelves, tags, subjects in the file's order
     * @param deweyNumber a Dewey Decimal number such as {@code 891.7342}, or ""
     * @return the genre's name or code as the mapping gives it, or empty when nothing matches
     */
    public Optional<String> genreOf(List<String> terms, String deweyNumber) {
        for (String term : terms) {
            String genre = byTerm.get(key(term));
            if (genre == null && term.contains("/")) {
                genre = byTerm.get(key(term.substring(0, term.indexOf('/'))));
            }
            if (genre != null) {
                return Optional.of(genre);
            }
        }
        return fromDewey(deweyNumber);
    }

    private Optional<String> fromDewey(String deweyNumber) {
        String s = deweyNumber == null ? "" : deweyNumber.strip().replaceAll("^\\[|\\]$", "");
        if (!s.matches("\\d{1,3}(\\.\\d+)?")) {
            return Optional.empty();
        }
        BigDecimal n = new BigDecimal(s);
        for (DeweyRange r : dewey) {
            if (n.compareTo(r.from()) >= 0 && n.compareTo(r.to()) < 0) {
                return Optional.of(r.genre());
            }
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s_-]+");

    private static String key(String term) {
        return SEPARATORS.matcher(term.strip().toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
