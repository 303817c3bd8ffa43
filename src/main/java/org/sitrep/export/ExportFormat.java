package org.sitrep.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import org.sitrep.geo.Countries;

/** The export formats of {@code sitrep export --format}, by their command-line names. */
public enum ExportFormat {
    JSONL("jsonl"),
    ACLED_CSV("acled-csv"),
    UCDP_CSV("ucdp-csv"),
    GEOJSON("geojson");

    private final String label;

    ExportFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A writer of this format onto {@code out}; {@code countries} supplies names and ISO codes. */
    public ExportWriter writer(Writer out, Countries countries) throws IOException {
        return switch (this) {
            case JSONL -> new JsonlExportWriter(out);
            case ACLED_CSV -> new CsvExportWriter<>(out, AcledRow.class, new AcledRows(countries));
            case UCDP_CSV -> new CsvExportWriter<>(out, UcdpRow.class, new UcdpRows(countries));
            case GEOJSON -> new GeoJsonExportWriter(out);
        };
    }

    public static ExportFormat fromLabel(String label) {
        for (ExportFormat f : values()) {
            if (f.label.equalsIgnoreCase(label.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + label + "'; valid: "
                + Arrays.stream(values()).map(ExportFormat::label).toList());
    }

    @Override
    public String toString() {
        return label;
    }
}
