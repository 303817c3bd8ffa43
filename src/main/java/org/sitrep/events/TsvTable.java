package org.sitrep.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of this package's data files: UTF-8, tab-separated, {@code #} comments and blank
 * lines skipped. A row with the wrong number of columns fails with the file and line, so a typo
 * in a lexicon stops the build's tests rather than silently dropping a trigger.
 */
final class TsvTable {

    /** One data row: its 1-based line number and its cells (trimmed; trailing empties padded). */
    record Row(String file, int line, List<String> cells) {
        String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(file + ":" + line + ": " + message);
        }
    }

    private TsvTable() {
    }

    /** Reads a classpath resource next to this class; rows must have minCols..maxCols cells. */
    static List<Row> read(String resource, int minCols, int maxCols) {
        InputStream in = TsvTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing data file " + resource
                    + " (expected under src/main/resources/org/sitrep/events/)");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(resource, r, minCols, maxCols);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static List<Row> parse(String name, BufferedReader r, int minCols, int maxCols)
            throws IOException {
        List<Row> rows = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            List<String> cells = new ArrayList<>();
            for (String p : parts) {
                cells.add(p.trim());
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()
                    && cells.size() > minCols) {
                cells.remove(cells.size() - 1);
            }
            if (cells.size() < minCols || cells.size() > maxCols) {
                throw new IllegalArgumentException(name + ":" + n + ": expected " + minCols
                        + (maxCols != minCols ? "-" + maxCols : "") + " tab-separated columns, found "
                        + cells.size() + ": '" + line + "'");
            }
            for (int i = 0; i < minCols; i++) {
                if (cells.get(i).isEmpty()) {
                    throw new IllegalArgumentException(name + ":" + n + ": column " + (i + 1)
                            + " is empty: '" + line + "'");
                }
            }
            rows.add(new Row(name, n, List.copyOf(cells)));
        }
        return rows;
    }
}
