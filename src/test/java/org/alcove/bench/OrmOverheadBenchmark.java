package org.alcove.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.CatalogFixture;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.orm.Database;
import org.alcove.orm.Q;
import org.alcove.orm.QuerySet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The ORM's own overhead, against the same work in plain JDBC on the same file: compiling a
 * QuerySet to SQL, hydrating 1,000 books, and hydrating them with their authors (selectRelated).
 * Run on request: {@code mvn -Pjmh test-compile exec:exec} (see the README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OrmOverheadBenchmark {
    private static final String PLAIN = "SELECT id, title, author_id, publication_date, isbn, genre_id, pages FROM book ORDER BY id LIMIT 1000";
    private static final String JOINED = "SELECT b.id, b.title, b.author_id, b.publication_date, b.isbn, b.genre_id, b.pages, "
            + "a.id, a.name, a.birth_date, a.biography FROM book b JOIN author a ON a.id = b.author_id ORDER BY b.id LIMIT 1000";

    private Path dir;
    private Database db;
    private Connection jdbc;
    private QuerySet<Book> books;

    @Setup(Level.Trial)
    public void setUp() throws IOException, SQLException {
        dir = Files.createTempDirectory("alcove-jmh");
        db = CatalogFixture.empty(dir);
        List<Author> authors = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            authors.add(new Author("Author " + i, LocalDate.of(1800 + i % 150, 1, 1)).setBiography("Biography of author " + i));
        }
        db.objects(Author.class).bulkCreate(authors);
        List<Book> list = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            list.add(new Book("Title " + i, authors.get(i % 500), LocalDate.of(1850 + i % 150, 1 + i % 12, 1 + i % 28),
                    String.format("978%010d", i), SeedGenres.all()[i % 4], i % 800));
        }
        db.objects(Book.class).bulkCreate(list);
        books = db.objects(Book.class);
        jdbc = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("catalog.alcove"));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        jdbc.close();
        db.close();
    }

    @Benchmark
    public String compileQuerySetToSql() {
        return books.filter(Q.of("genre", SeedGenres.fic()).or(Q.of("pages__gt", 400)))
                .filter("author__name__istartswith", "auth")
                .orderBy("-publicationDate").limit(100).sql();
    }

    @Benchmark
    public void hydrate1000BooksOrm(Blackhole bh) {
        for (Book b : books.orderBy("id").limit(1000).list()) {
            bh.consume(b.getTitle());
        }
    }

    /** Reads columns 1-7 of a row as a book's values, converted as the ORM converts them. */
    private static void consumeBook(ResultSet rs, Blackhole bh) throws SQLException {
        bh.consume(rs.getLong(1));
        bh.consume(rs.getString(2));
        bh.consume(rs.getLong(3));
        bh.consume(LocalDate.parse(rs.getString(4)));
        bh.consume(rs.getString(5));
        bh.consume(rs.getLong(6));
        bh.consume(rs.getInt(7));
    }

    @Benchmark
    public void hydrate1000BooksJdbc(Blackhole bh) throws SQLException {
        try (PreparedStatement ps = jdbc.prepareStatement(PLAIN); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                consumeBook(rs, bh);
            }
        }
    }

    @Benchmark
    public void hydrate1000BooksWithAuthorsOrm(Blackhole bh) {
        for (Book b : books.selectRelated("author").orderBy("id").limit(1000).list()) {
            bh.consume(b.getAuthor().getName());
        }
    }

    @Benchmark
    public void hydrate1000BooksWithAuthorsJdbc(Blackhole bh) throws SQLException {
        try (PreparedStatement ps = jdbc.prepareStatement(JOINED); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                consumeBook(rs, bh);
                bh.consume(rs.getLong(8));
                bh.consume(rs.getString(9));
                String birth = rs.getString(10);
                bh.consume(birth == null ? null : LocalDate.parse(birth));
                bh.consume(rs.getString(11));
            }
        }
    }

    @Benchmark
    public Book getByIsbnOrm() {
        return books.get("isbn", "9780000002500");
    }

    @Benchmark
    public String getByIsbnJdbc() throws SQLException {
        try (PreparedStatement ps = jdbc.prepareStatement("SELECT id, title, author_id, publication_date, isbn, genre_id, pages FROM book WHERE isbn = ?")) {
            ps.setString(1, "9780000002500");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(2);
            }
        }
    }
}
