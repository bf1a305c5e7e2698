package org.alcove.orm.migrations;

/**
 * Answers the questions {@code makemigrations} asks when a field or model disappears and a
 * similar one appears: was it renamed? Renames are never guessed silently; without a questioner
 * (or when it says no) the change is a removal plus an addition.
 */
public interface Questioner {
    /** Says no to everything. */
    Questioner NEVER = new Questioner() {
        @Override
        public boolean renameModel(String from, String to) {
            return false;
        }

        @Override
        public boolean renameField(String model, String from, String to) {
            return false;
        }
    };

    /** Whether model {@code from} was renamed to {@code to}. */
    boolean renameModel(String from, String to);

    /** Whether field {@code from} of {@code model} was renamed to {@code to}. */
    boolean renameField(String model, String from, String to);
}
