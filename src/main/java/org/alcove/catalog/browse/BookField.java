package org.alcove.catalog.browse;

/** The fields of the book form, for attaching validation messages to them and naming them in a conflict. */
public enum BookField {
    TITLE("Title"), AUTHOR("Author"), PUBLISHED("Published"), GENRE("Genre"), PAGES("Pages"), ISBN("ISBN"),
    SERIES("Series"), SERIES_INDEX("Number in series"), FIRST_PUBLISHED("First published"), PUBLISHER("Publisher"),
    LANGUAGE("Language"), FORMAT("Format"), STATUS("Reading status"), RATING("Rating"), TAGS("Tags"), CONTRIBUTORS("Contributors"),
    DESCRIPTION("Description"), NOTES("Notes"), REVIEW("Review"), IDENTIFIERS("Identifiers"), READINGS("Readings");

    private final String label;

    BookField(String label) {
        this.label = label;
    }

    /** The field's name as the form shows it ("Number in series"). */
    public String label() {
        return label;
    }
}
