package org.alcove.orm;

/**
 * A table joined into a query: {@code <kind> JOIN table alias ON alias.rightColumn = parentAlias.leftColumn}.
 *
 * @param alias       the quoted alias of the joined table
 * @param parentAlias the quoted alias it hangs from
 * @param table       the joined table
 * @param leftColumn  the parent's column
 * @param rightColumn the joined table's column
 * @param outer       LEFT OUTER rather than INNER
 */
record Join(String alias, String parentAlias, String table, String leftColumn, String rightColumn,
            boolean outer) {

    Join asOuter() {
        return new Join(alias, parentAlias, table, leftColumn, rightColumn, true);
    }
}
