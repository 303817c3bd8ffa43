package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.codebook.ActorCategory;
import org.sitrep.codebook.DatePrecision;
import org.sitrep.codebook.Qualifier;
import org.sitrep.codebook.SubEventType;
import org.sitrep.codebook.ViolenceType;
import org.sitrep.model.Actor;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Location;
import org.sitrep.model.Span;

class EventWriterTest {

    @Test
    void writesTheCodebookShapeWithCodePointOffsets() throws Exception {
        // the emoji is two UTF-16 units but one code point: offsets after it shift by one
        String text = "\uD83D\uDCA5 Militants killed 3 soldiers in Gao on Sunday.";
        Span sentence = new Span(3, text.length());
        Event e = Event.detected("a1", SubEventType.ARMED_CLASH, List.of(new Span(13, 19)), List.of(sentence))
                .withViolenceType(ViolenceType.STATE_BASED)
                .withDate(new EventDate(LocalDate.of(2024, 8, 25), DatePrecision.DAY, null, "weekday"))
                .withLocation(new Location("Gao", 2457163L, 16.27, -0.04, "Gao", "ML", "Mali", 1, new Span(35, 38)))
                .withActors(new Actor("Unidentified Armed Group", ActorCategory.POLITICAL_MILITIA, "ML", null),
                        List.of(), new Actor("Military Forces of Mali", ActorCategory.STATE_FORCES, "ML", null), List.of())
                .withCasualties(new Fatalities(3, 3, 3, 0, 0),
                        List.of(new Claim(null, 3, Qualifier.EXACT, "soldiers", sentence)));
        StringWriter out = new StringWriter();
        try (EventWriter w = new EventWriter(out)) {
            w.write(List.of(e, e), text);
        }
        assertThat(out.toString().lines()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("{\"article_id\""));
        assertThat(out.toString()).endsWith("}\n");
        JsonNode json = new ObjectMapper().readTree(out.toString().lines().findFirst().orElseThrow());
        assertThat(json.get("event_type").asText()).isEqualTo("Battles");
        assertThat(json.get("sub_event_type").asText()).isEqualTo("Armed clash");
        assertThat(json.get("violence_type").asText()).isEqualTo("state-based");
        assertThat(json.get("date").asText()).isEqualTo("2024-08-25");
        assertThat(json.get("date_precision").asText()).isEqualTo("day");
        assertThat(json.at("/location/country_code").asText()).isEqualTo("ML");
        assertThat(json.at("/location/precision").asInt()).isEqualTo(1);
        assertThat(json.at("/actor2/type").asText()).isEqualTo("state_forces");
        assertThat(json.get("assoc_actor1").isArray()).isTrue();
        assertThat(json.at("/fatalities/low").asInt()).isEqualTo(3);
        assertThat(json.at("/claims/0/claimant").isNull()).isTrue();
        assertThat(json.at("/claims/0/qualifier").asText()).isEqualTo("exact");
        assertThat(json.at("/evidence/0/start").asInt()).isEqualTo(2);
        assertThat(json.at("/evidence/0/end").asInt()).isEqualTo(text.codePointCount(0, text.length()));
        assertThat(json.at("/location/source/start").asInt()).isEqualTo(34);
    }

    @Test
    void unknownFieldsAreNullNotInvented() throws Exception {
        String text = "Protesters marched.";
        Event e = Event.detected("a2", SubEventType.PEACEFUL_PROTEST, List.of(), List.of(new Span(0, 19)));
        StringWriter out = new StringWriter();
        try (EventWriter w = new EventWriter(out)) {
            w.write(List.of(e), text);
        }
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("date").isNull()).isTrue();
        assertThat(json.get("location").isNull()).isTrue();
        assertThat(json.get("actor1").isNull()).isTrue();
        assertThat(json.at("/fatalities/low").isNull()).isTrue();
        assertThat(json.get("claims")).isEmpty();
    }
}
