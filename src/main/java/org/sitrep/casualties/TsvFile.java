package org.sitrep.casualties;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of this package's lexicons: UTF-8, tab-separated, {@code #} comments and blank
 * lines skipped. A malformed row fails naming the file and line, so a typo in a lexicon stops
 * the tests instead of silently dropping a word.
 */
final class TsvFile {

    /** One data row with its 1-based line number. */
    record Row(String file, int line, List<String> cells) {
        String cell(int i) {
            return cells.get(i);
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(file + ":" + line + ": " + message);
        }
    }

    private TsvFile() {
    }

    /** Reads a resource next to this class whose rows all have exactly {@code columns} cells. */
    static List<Row> read(String resource, int columns) {
        InputStream in = TsvFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing data file " + resource
                    + " (expected under src/main/resources/org/sitrep/casualties/)");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(resource, r, columns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static List<Row> parse(String name, BufferedReader r, int columns) throws IOException {
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
            if (cells.size() != columns || cells.stream().anyMatch(String::isEmpty)) {
                throw new IllegalArgumentException(name + ":" + n + ": expected " + columns
                        + " non-empty tab-separated columns: '" + line + "'");
            }
            rows.add(new Row(name, n, List.copyOf(cells)));
        }
        return rows;
    }
}
