package org.vaeexplorer.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code key value} lines with the values aligned in one column, easy to read and to grep. */
final class TextTable {

    private final Map<String, String> rows = new LinkedHashMap<>();

    TextTable add(String key, String value) {
        rows.put(key, value);
        return this;
    }

    /** Every entry; fractional numbers get two decimals, a missing or empty value shows as "-". */
    static TextTable of(Map<String, Object> values) {
        TextTable table = new TextTable();
        values.forEach((key, value) -> table.add(key, format(value)));
        return table;
    }

    static String format(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return Numbers.fixed(((Number) value).doubleValue(), 2);
        }
        return value == null || value.toString().isEmpty() ? "-" : value.toString();
    }

    void print(PrintWriter out) {
        int width = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
        rows.forEach((key, value) -> out.println(key + " ".repeat(width - key.length() + 2) + value));
    }
}
