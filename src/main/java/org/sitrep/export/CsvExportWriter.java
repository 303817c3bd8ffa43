package org.sitrep.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.function.Function;
import org.sitrep.model.MergedEvent;

/**
 * A CSV export: each merged event becomes one row record, whose properties are the columns in
 * order (header first, streamed, Jackson's quoting).
 */
final class CsvExportWriter<R> implements ExportWriter {

    private static final CsvMapper MAPPER = new CsvMapper();

    private final Writer out;
    private final CsvSchema schema;
    private final Function<MergedEvent, R> toRow;
    private SequenceWriter rows;

    CsvExportWriter(Writer out, Class<R> rowType, Function<MergedEvent, R> toRow) {
        this.out = out;
        this.schema = MAPPER.schemaFor(rowType).withHeader();
        this.toRow = toRow;
    }

    @Override
    public void begin() throws IOException {
        rows = CsvRows.open(MAPPER, schema, out);
    }

    @Override
    public void write(MergedEvent m) throws IOException {
        rows.write(toRow.apply(m));
    }

    @Override
    public void end() throws IOException {
        rows.close();
        out.flush();
    }
}
