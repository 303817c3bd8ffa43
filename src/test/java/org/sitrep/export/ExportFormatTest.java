package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExportFormatTest {

    @Test
    void namesAreTheCommandLineLabelsInAnyCase() {
        assertThat(ExportFormat.fromLabel("acled-csv")).isEqualTo(ExportFormat.ACLED_CSV);
        assertThat(ExportFormat.fromLabel(" GeoJSON ")).isEqualTo(ExportFormat.GEOJSON);
        assertThatThrownBy(() -> ExportFormat.fromLabel("csv"))
                .hasMessage("unknown export format 'csv'; valid: [jsonl, acled-csv, ucdp-csv, geojson]");
    }
}
