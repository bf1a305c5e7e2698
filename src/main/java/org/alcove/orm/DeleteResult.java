package org.alcove.orm;

import java.util.Map;

/** What a delete removed: the total and the count per model, as Django's {@code (3, {'Book': 2, 'Author': 1})}. */
public record DeleteResult(int total, Map<String, Integer> perModel) {
    public DeleteResult {
        perModel = Map.copyOf(perModel);
    }

    /** Rows of {@code model} deleted. */
    public int count(Class<? extends Model> model) {
        return perModel.getOrDefault(model.getSimpleName(), 0);
    }
}
