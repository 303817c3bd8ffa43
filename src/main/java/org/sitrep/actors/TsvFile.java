package org.sitrep.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The one reader of this package's data files: UTF-8, tab-separated, '#' comments. */
final class TsvFile {

    /** A data row with the file and line it came from, so that every later check can name it. */
    record Row(String source, int line, List<String> cells) {

        String cell(int i) {
            return i < cells.size() ? cells.get(i).strip() : "";
        }

        List<String> list(int i) {
            return Arrays.stream(cell(i).split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        IllegalStateException error(String why) {
            return new IllegalStateException(source + " line " + line + ": " + why);
        }
    }

    private TsvFile() {
    }

    /** Reads a resource of this package; rows must have between min and max columns. */
    static List<Row> resource(String name, int minColumns, int maxColumns) {
        InputStream in = TsvFile.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource org/sitrep/actors/" + name);
        }
        return read(in, "org/sitrep/actors/" + name, minColumns, maxColumns);
    }

    static List<Row> read(InputStream in, String source, int minColumns, int maxColumns) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = List.of(line.split("\t", -1));
                Row row = new Row(source, lineNo, cells);
                if (cells.size() < minColumns || cells.size() > maxColumns) {
                    throw row.error("expected " + minColumns + (minColumns == maxColumns ? "" : "-" + maxColumns)
                            + " tab-separated columns, found " + cells.size());
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return rows;
    }
}
