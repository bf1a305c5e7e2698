package org.alcove.catalog.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alcove.catalog.io.FullBookCsv;

/**
 * A book's document ({@link BookDocuments}) as the cells of a full books CSV row, in
 * {@link FullBookCsv#HEADER} order, lists encoded as {@link FullBookCsv} describes.
 */
final class FullCsvRows {
    private FullCsvRows() {
    }

    static List<String> of(Map<String, Object> doc) {
        List<String> row = new ArrayList<>(FullBookCsv.HEADER.size());
        for (String column : FullBookCsv.HEADER) {
            row.add(cell(column, doc.get(column)));
        }
        return row;
    }

    private static String cell(String column, Object value) {
        return switch (column) {
            case "authors" -> FullBookCsv.joinItems(maps(value).stream()
                    .map(a -> FullBookCsv.credit(text(a.get("name")), text(a.get("role")))).toList());
            case "identifiers" -> FullBookCsv.joinItems(maps(value).stream()
                    .map(i -> text(i.get("scheme")) + ":" + text(i.get("value"))).toList());
            case "tags" -> FullBookCsv.joinItems(((List<?>) value).stream().map(FullCsvRows::text).toList());
            case "read_dates" -> FullBookCsv.joinItems(maps(value).stream()
                    .map(r -> text(r.get("started")) + "/" + text(r.get("finished"))).toList());
            case "copies" -> String.join("; ", maps(value).stream()
                    .map(c -> FullBookCsv.joinFields(FullBookCsv.COPY_FIELDS.stream().map(f -> text(c.get(f))).toList())).toList());
            default -> text(value);
        };
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        return (List<Map<String, Object>>) value;
    }

    /** A value as text: "" for none, a decimal without an exponent. */
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
