package org.sitrep.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one loader of sitrep's data files. They all share one format (UTF-8, tab-separated, blank
 * lines and {@code #} comment lines skipped, provenance in the header comments), so they share
 * this reader; every row keeps its file and line so that any check, here or in the code that
 * interprets the row, fails naming both: a typo in a data file stops the tests instead of
 * silently dropping an entry.
 */
public final class TsvTable {

    /** A data row with the file and (1-based) line it came from. */
    public record Row(String source, int line, List<String> cells) {

        /** The i-th cell, trimmed; "" when the row is shorter. */
        public String cell(int i) {
            return i < cells.size() ? cells.get(i).strip() : "";
        }

        /** The i-th cell split on '|', each part trimmed, empty parts dropped. */
        public List<String> list(int i) {
            return Arrays.stream(cell(i).split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        public int size() {
            return cells.size();
        }

        /**
         * The cell as a constant of the enum (case-insensitive); an unknown value fails naming
         * the row and listing the valid ones.
         */
        public <E extends Enum<E>> E enumCell(int i, Class<E> type) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(cell(i))) {
                    return e;
                }
            }
            throw error("unknown " + type.getSimpleName() + " '" + cell(i) + "'; valid: "
                    + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(java.util.Locale.ROOT));
        }

        /** An error naming this row's file and line: {@code "<source> line <n>: <why>"}. */
        public IllegalStateException error(String why) {
            return new IllegalStateException(source + " line " + line + ": " + why);
        }
    }

    private TsvTable() {
    }

    /** Reads the resource {@code name} next to {@code anchor}; rows must have min..max columns. */
    public static List<Row> resource(Class<?> anchor, String name, int minColumns, int maxColumns) {
        String path = name.startsWith("/") ? name.substring(1)
                : anchor.getPackageName().replace('.', '/') + "/" + name;
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path);
        }
        return read(in, path, minColumns, maxColumns);
    }

    /** Reads a whole table and closes the stream; {@code source} names the file in errors. */
    public static List<Row> read(InputStream in, String source, int minColumns, int maxColumns) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int n = 0;
            for (String text; (text = r.readLine()) != null; ) {
                n++;
                if (text.isBlank() || text.stripLeading().startsWith("#")) {
                    continue;
                }
                Row row = new Row(source, n, List.of(text.split("\t", -1)));
                if (row.size() < minColumns || row.size() > maxColumns) {
                    throw row.error("expected " + minColumns + (minColumns == maxColumns ? "" : "-" + maxColumns)
                            + " tab-separated columns, found " + row.size());
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return rows;
    }
}
