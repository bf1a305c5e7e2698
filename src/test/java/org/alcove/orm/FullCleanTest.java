package org.alcove.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Contribution;
import org.alcove.catalog.ContributorRole;
import org.alcove.catalog.Copy;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.junit.jupiter.api.Test;

/** fullClean(): every field checked from its metadata, then uniqueness against the rows, in Django's words. */
class FullCleanTest extends CatalogTest {
    private Book book(String title, Author a, String isbn) {
        return new Book(title, a, LocalDate.of(2001, 1, 1), isbn, SeedGenres.fic(), 10);
    }

    @Test
    void aValidObjectPassesAndSaveDoesNotCallIt() {
        Author a = authors.create(new Author("Ann", null));
        Book b = book("Fine", a, "9780141439587");
        b.fullClean();
        books.create(b);
        b.fullClean(); // itself is not a duplicate of itself
    }

    @Test
    void lengthsCountCharactersAndEveryProblemIsNamedByField() {
        Author a = authors.create(new Author("Ann", null));
        valid(book("\uD83D\uDCDA".repeat(200), a, null)); // 200 characters, 400 UTF-16 units
        Book tooLong = book("x".repeat(201), a, null).setPages(-1);
        ValidationError e = catchThrowableOfType(ValidationError.class, tooLong::fullClean);
        assertThat(e.messages()).containsOnlyKeys("title", "pages");
        assertThat(e.messagesFor("title")).containsExactly("Ensure this value has at most 200 characters (it has 201).");
        assertThat(e.messagesFor("pages")).containsExactly("Ensure this value is greater than or equal to 0.");
        assertThat(e).hasMessageContaining("title: Ensure this value has at most 200 characters");
        tooLong.fullClean("title", "pages");
    }

    /** Throws ValidationError unless the book's fields are valid. */
    private static void valid(Book b) {
        b.cleanFields();
    }

    @Test
    void nullAndBlankAreRefusedUnlessTheFieldAllowsThem() {
        Author nameless = new Author(null, null);
        assertThat(catchThrowableOfType(ValidationError.class, nameless::fullClean).messagesFor("name"))
                .containsExactly("This field cannot be null.");
        Author blank = new Author("", null);
        assertThat(catchThrowableOfType(ValidationError.class, blank::fullClean).messagesFor("name"))
                .containsExactly("This field cannot be blank.");
        Book noAuthor = book("T", null, "");
        assertThat(catchThrowableOfType(ValidationError.class, noAuthor::fullClean).messages())
                .containsOnlyKeys("author"); // isbn is blank=True, so an empty one is fine
    }

    @Test
    void uniqueFieldsConstraintsAndTargetsAreCheckedAgainstTheDatabase() {
        Author a = authors.create(new Author("Ann", null));
        Book first = books.create(book("One", a, "9780141439587"));
        Book second = books.create(book("Two", a, "9780141439594"));
        second.setIsbn("9780141439587");
        assertThat(catchThrowableOfType(ValidationError.class, second::fullClean).messagesFor("isbn"))
                .containsExactly("Book with this Isbn already exists.");
        second.cleanFields(); // the fields alone are fine
        db.objects(Contribution.class).create(new Contribution(first, a, ContributorRole.AUTHOR, 0));
        Contribution twice = db.objects(Contribution.class).create(new Contribution(first, a, ContributorRole.EDITOR, 1));
        twice.setRole(ContributorRole.AUTHOR);
        assertThat(catchThrowableOfType(ValidationError.class, twice::fullClean).messagesFor(ValidationError.NON_FIELD_ERRORS))
                .containsExactly("Contribution with this Book, Author and Role already exists.");
        Book orphan = books.get("title", "One");
        orphan.setAuthor(new Author("Ghost", null));
        orphan.getAuthor().setId(999L);
        assertThat(catchThrowableOfType(ValidationError.class, orphan::fullClean).messagesFor("author"))
                .containsExactly("author instance with id 999 does not exist.");
        orphan.cleanFields("author"); // as Django's clean_fields(exclude=...)
    }

    @Test
    void decimalDigitsAreChecked() {
        Author a = authors.create(new Author("Ann", null));
        Book b = books.create(book("One", a, null));
        Copy c = new Copy(b, "C1").setPrice(new BigDecimal("12.345"));
        assertThat(catchThrowableOfType(ValidationError.class, c::cleanFields).messagesFor("price"))
                .containsExactly("Ensure that there are no more than 2 decimal places.");
        c.setPrice(new BigDecimal("12345678901"));
        assertThat(catchThrowableOfType(ValidationError.class, c::cleanFields).messagesFor("price"))
                .containsExactly("Ensure that there are no more than 10 digits in total.");
        c.setPrice(new BigDecimal("123456789.5")); // ten digits, but nine before the point where eight fit
        assertThat(catchThrowableOfType(ValidationError.class, c::cleanFields).messagesFor("price"))
                .containsExactly("Ensure that there are no more than 8 digits before the decimal point.");
        c.setPrice(new BigDecimal("12345678.50"));
        c.cleanFields();
    }

    @Test
    void aFieldsProblemsAreAskedWithoutAnObject() {
        FieldMeta title = ModelMeta.of(Book.class).field("title").orElseThrow();
        assertThat(title.problems("x".repeat(200))).isEmpty();
        assertThat(title.problems("")).containsExactly("This field cannot be blank.");
        assertThat(title.problems(null)).containsExactly("This field cannot be null.");
        assertThat(List.of(title.maxLength())).containsExactly(200);
        assertThatThrownBy(() -> { throw new ValidationError(java.util.Map.of("x", List.of("bad"))); })
                .hasMessage("x: bad");
    }
}
