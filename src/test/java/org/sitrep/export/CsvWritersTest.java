package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.geo.Countries;
import org.sitrep.model.MergedEvent;

class CsvWritersTest {

    private static final Countries COUNTRIES = Countries.load();

    private static String export(ExportFormat format, MergedEvent... events) throws IOException {
        StringWriter out = new StringWriter();
        ExportWriter w = format.writer(out, COUNTRIES);
        w.begin();
        for (MergedEvent e : events) {
            w.write(e);
        }
        w.end();
        return out.toString();
    }

    /** Reads the CSV back with a CSV parser: the header line, then one map per row. */
    private static List<Map<String, String>> rows(String csv) throws IOException {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(mapper.schemaWithHeader()).readValues(csv)) {
            return it.readAll();
        }
    }

    private static List<String> header(String csv) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv)) {
            return it.next();
        }
    }

    @Test
    void acledHeaderIsAcledsColumnNamesInOrder() throws IOException {
        assertThat(header(export(ExportFormat.ACLED_CSV, Fixtures.strike()))).containsExactly(
                "event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
                "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso",
                "country", "admin1", "location", "latitude", "longitude", "geo_precision",
                "time_precision", "source", "notes", "fatalities");
    }

    @Test
    void acledValuesFollowAcledConventions() throws IOException {
        Map<String, String> r = rows(export(ExportFormat.ACLED_CSV, Fixtures.strike())).get(0);
        assertThat(r).containsEntry("event_date", "2025-03-09")
                .containsEntry("event_type", "Explosions/Remote violence")
                .containsEntry("sub_event_type", "Air/drone strike")
                .containsEntry("actor1", "Military Forces of Mali")
                .containsEntry("assoc_actor_1", "Wagner Group")
                .containsEntry("inter1", "1")
                .containsEntry("actor2", "Civilians")
                .containsEntry("inter2", "7")
                .containsEntry("interaction", "17")
                .containsEntry("civilian_targeting", "Civilian targeting")
                .containsEntry("iso", "466")
                .containsEntry("country", "Mali")
                .containsEntry("admin1", "Kidal")
                .containsEntry("location", "Kidal")
                .containsEntry("latitude", "18.44111")
                .containsEntry("longitude", "1.40778")
                .containsEntry("geo_precision", "1")
                .containsEntry("time_precision", "1")
                .containsEntry("source", "desert-news.example; riverpost.example")
                .containsEntry("fatalities", "12");
        assertThat(r.get("notes")).contains("Air/drone strike in Kidal, Mali on 2025-03-09")
                .contains("at least 12 killed (civilians), according to local officials")
                .contains("about 15 killed", "according to residents")
                .contains("2 reports");
    }

    @Test
    void acledInteractionPutsTheSmallerCodeFirstAndCoarsensPrecisions() throws IOException {
        List<Map<String, String>> r = rows(export(ExportFormat.ACLED_CSV, Fixtures.clash(), Fixtures.protest()));
        // rebels (2) as actor1 against state forces (1): "12", not "21"
        assertThat(r.get(0)).containsEntry("inter1", "2").containsEntry("inter2", "1")
                .containsEntry("interaction", "12").containsEntry("time_precision", "3")
                .containsEntry("geo_precision", "3").containsEntry("civilian_targeting", "")
                .containsEntry("fatalities", "0");
        // protesters alone: ACLED's sole-actor code, inter2 0; country-only place is precision 3
        assertThat(r.get(1)).containsEntry("inter1", "6").containsEntry("inter2", "0")
                .containsEntry("interaction", "60").containsEntry("geo_precision", "3")
                .containsEntry("event_date", "").containsEntry("time_precision", "")
                .containsEntry("latitude", "").containsEntry("source", "wire-3");
    }

    @Test
    void quotesCommasQuotesAndNewlinesInFields() throws IOException {
        String csv = export(ExportFormat.ACLED_CSV, Fixtures.strike());
        // the victims phrase carries a comma and double quotes into the notes
        assertThat(csv).contains("\"\"mostly\"\"");
        assertThat(rows(csv).get(0).get("notes")).contains("(people, \"mostly\" traders)");
        MergedEvent strike = Fixtures.strike();
        var multiline = new org.sitrep.model.SourceArticle("x", null, "Line one\nline two, \"quoted\"",
                null, "h");
        MergedEvent withTitle = new MergedEvent("m", strike.event(), strike.claims(),
                List.of(new org.sitrep.model.ReportedEvent("x#0", multiline, strike.event())));
        List<Map<String, String>> ucdp = rows(export(ExportFormat.UCDP_CSV, withTitle, Fixtures.clash()));
        assertThat(ucdp).hasSize(2);
        assertThat(ucdp.get(0)).containsEntry("source_headline", "Line one\nline two, \"quoted\"");
    }

    @Test
    void ucdpHeaderIsGedsColumnNamesInOrder() throws IOException {
        assertThat(header(export(ExportFormat.UCDP_CSV, Fixtures.strike()))).containsExactly(
                "type_of_violence", "side_a", "side_b", "where_coordinates", "adm_1", "latitude",
                "longitude", "where_prec", "date_start", "date_end", "date_prec", "best", "low",
                "high", "deaths_civilians", "source_article", "source_headline", "source_original");
    }

    @Test
    void ucdpValuesFollowGedConventions() throws IOException {
        List<Map<String, String>> r = rows(export(ExportFormat.UCDP_CSV,
                Fixtures.strike(), Fixtures.clash(), Fixtures.protest()));
        assertThat(r.get(0)).containsEntry("type_of_violence", "3")
                .containsEntry("side_a", "Government of Mali").containsEntry("side_b", "Civilians")
                .containsEntry("where_coordinates", "Kidal").containsEntry("adm_1", "Kidal")
                .containsEntry("where_prec", "1")
                .containsEntry("date_start", "2025-03-09").containsEntry("date_end", "2025-03-09")
                .containsEntry("date_prec", "1")
                .containsEntry("best", "12").containsEntry("low", "12").containsEntry("high", "15")
                .containsEntry("deaths_civilians", "12")
                .containsEntry("source_article",
                        "https://www.desert-news.example/a/1; https://riverpost.example/news/7")
                .containsEntry("source_headline", "Drone strike hits market town; Toll rises after strike")
                .containsEntry("source_original", "local officials; residents");
        // state-based: the government side first although the rebels were actor1
        assertThat(r.get(1)).containsEntry("type_of_violence", "1")
                .containsEntry("side_a", "Government of Mali").containsEntry("side_b", "Azawad Liberation Front")
                .containsEntry("where_prec", "4").containsEntry("date_start", "2025-02-01")
                .containsEntry("date_end", "2025-02-28").containsEntry("date_prec", "4")
                .containsEntry("best", "").containsEntry("low", "");
        // not organised violence: kept, with no GED type; country only is where_prec 6
        assertThat(r.get(2)).containsEntry("type_of_violence", "").containsEntry("where_prec", "6")
                .containsEntry("source_article", "wire-3").containsEntry("side_b", "");
    }
}
