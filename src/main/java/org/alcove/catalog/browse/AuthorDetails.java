package org.alcove.catalog.browse;

import java.time.LocalDate;

/** An author's editable fields, as the window shows and saves them. */
public record AuthorDetails(long id, String name, LocalDate birthDate, String biography) {
    public AuthorDetails {
        biography = biography == null ? "" : biography;
    }
}
