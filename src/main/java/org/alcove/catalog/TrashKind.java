package org.alcove.catalog;

import java.util.Optional;

import org.alcove.orm.Choice;

/** What a trashed thing was: a book, an author (with the books that went with it) or a borrower. */
public enum TrashKind implements Choice {
    BOOK("book", "Book", Book.class),
    AUTHOR("author", "Author", Author.class),
    BORROWER("borrower", "Borrower", Borrower.class);

    private final String code;
    private final String label;
    private final Class<? extends org.alcove.orm.Model> model;

    TrashKind(String code, String label, Class<? extends org.alcove.orm.Model> model) {
        this.code = code;
        this.label = label;
        this.model = model;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** The model whose row it was. */
    public Class<? extends org.alcove.orm.Model> model() {
        return model;
    }

    /** The kind whose code or label is {@code text}. */
    public static Optional<TrashKind> parse(String text) {
        return Choice.parse(TrashKind.class, text);
    }
}
