package org.sitrep.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

/** Opens a CSV row stream (header first, Jackson's RFC 4180 quoting) that leaves the target open. */
final class CsvRows {

    private CsvRows() {
    }

    static SequenceWriter open(CsvMapper mapper, CsvSchema schema, Writer out) throws IOException {
        return mapper.writer(schema)
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                // coordinates as 0.0001, never 1.0E-4
                .with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                // quote only values that need it (separator, quote, line break, edge spaces)
                .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                .writeValues(out);
    }

    /** A coordinate as an exact decimal (the double's shortest representation), or null. */
    static BigDecimal decimal(Double d) {
        return d == null ? null : BigDecimal.valueOf(d);
    }
}
