package org.alcove.orm.migrations;

import com.google.gson.JsonObject;

/**
 * One step of a migration, with Django's five verbs: it describes itself, changes the model state,
 * applies itself to the database forwards and (where reversible) backwards, and writes itself
 * back to JSON.
 */
interface Operation {

    /** A line for people: {@code Add field language to Book}. */
    String describe();

    /** A fragment for a migration's file name: {@code book_language}. */
    String nameFragment();

    /** Applies the change to the state. */
    void stateForwards(ProjectState state);

    /** Changes the database from {@code from} (state before) to {@code to} (state after). */
    void forwards(SchemaContext ctx, ProjectState from, ProjectState to);

    /** Undoes {@link #forwards}: {@code from} is the state after this operation, {@code to} the state before. */
    void backwards(SchemaContext ctx, ProjectState from, ProjectState to);

    /** Whether {@link #backwards} can undo this operation. */
    default boolean reversible() {
        return true;
    }

    /** The operation as it is written in a migration file, {@code "op"} first. */
    JsonObject toJson();
}
