package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.codebook.EventType;
import org.sitrep.store.StatsRow;

class StatsTableTest {

    private static final List<StatsRow> ROWS = List.of(
            new StatsRow("NE", YearMonth.of(2025, 2), EventType.RIOTS, 1, 0),
            new StatsRow("ML", YearMonth.of(2025, 1), EventType.BATTLES, 3, 10),
            new StatsRow("ML", YearMonth.of(2025, 2), EventType.BATTLES, 2, 5),
            new StatsRow("ML", null, EventType.PROTESTS, 1, 0));

    @Test
    void totalsByCountryMonthAndType() {
        StatsTable t = new StatsTable(ROWS);
        assertThat(t.total()).isEqualTo(new StatsTable.Total(7, 15));
        assertThat(t.byCountry()).containsEntry("ML", new StatsTable.Total(6, 15))
                .containsEntry("NE", new StatsTable.Total(1, 0));
        assertThat(t.byMonth()).containsEntry("2025-02", new StatsTable.Total(3, 5))
                .containsEntry("-", new StatsTable.Total(1, 0));
        assertThat(t.byType()).containsEntry("Battles", new StatsTable.Total(5, 15));
    }

    @Test
    void printsSectionsThenSortedCrossRows() {
        StringWriter s = new StringWriter();
        new StatsTable(ROWS).print(new PrintWriter(s));
        List<String> lines = s.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("7 events, 15 fatalities (sum of low estimates)");
        assertThat(s.toString()).contains("by country", "by month", "by event type");
        int cross = lines.indexOf(lines.stream().filter(l -> l.startsWith("country ")).findFirst().orElseThrow());
        assertThat(lines.subList(cross + 1, lines.size())).hasSize(4);
        // events without a date ("-") first within their country
        assertThat(lines.get(cross + 1)).startsWith("ML       -        Protests");
        assertThat(lines.get(cross + 2)).startsWith("ML       2025-01  Battles");
        assertThat(lines.get(lines.size() - 1)).startsWith("NE       2025-02  Riots");
    }

    @Test
    void jsonHasTheSameFigures() throws IOException {
        StringWriter s = new StringWriter();
        new StatsTable(ROWS).writeJson(s);
        JsonNode n = new ObjectMapper().readTree(s.toString());
        assertThat(n.get("events").asLong()).isEqualTo(7);
        assertThat(n.get("by_country").get("ML").get("fatalities_low").asLong()).isEqualTo(15);
        assertThat(n.get("rows")).hasSize(4);
        assertThat(n.get("rows").get(0).get("month").isNull()).isTrue(); // ML, no month sorts as "-"
    }
}
