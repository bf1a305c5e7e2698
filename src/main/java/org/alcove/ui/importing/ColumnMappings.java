package org.alcove.ui.importing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the import dialog keeps the field chosen for each column of a generic CSV, per header, between runs. */
public interface ColumnMappings {
    /** Keeps nothing. */
    ColumnMappings NONE = new ColumnMappings() {
        @Override
        public Optional<Map<String, String>> saved(List<String> header) {
            return Optional.empty();
        }

        @Override
        public void save(List<String> header, Map<String, String> fields) {
            // nothing kept
        }
    };

    /** The fields chosen last time for a file with exactly this header, column by column. */
    Optional<Map<String, String>> saved(List<String> header);

    /** Remembers {@code fields} (column name → field) for files with this header. */
    void save(List<String> header, Map<String, String> fields);
}
