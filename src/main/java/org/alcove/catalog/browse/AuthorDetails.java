package org.alcove.catalog.browse;

import java.time.LocalDate;

/**
 * An author's editable fields, as the window shows and saves them, and the version of the author
 * they were read at ({@link #ANY_VERSION} for fields not read from the catalogue: saved over
 * whatever the author holds then).
 */
public record AuthorDetails(long id, String name, LocalDate birthDate, String biography, long version) {
    /** The version of details that save over any version of the author. */
    public static final long ANY_VERSION = -1;

    public AuthorDetails {
        biography = biography == null ? "" : biography;
    }

    /** Details to save over whatever version of the author the catalogue holds. */
    public AuthorDetails(long id, String name, LocalDate birthDate, String biography) {
        this(id, name, birthDate, biography, ANY_VERSION);
    }

    /** These details with the fields a form edited, at the same author and version. */
    public AuthorDetails edited(String newName, LocalDate newBirthDate, String newBiography) {
        return new AuthorDetails(id, newName, newBirthDate, newBiography, version);
    }
}
