package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
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

/** The event JSON the store keeps reads back as the event that was written. */
class EventJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Event full() {
        Span s = new Span(0, 60);
        return new Event("a1", SubEventType.SHELLING_ARTILLERY_MISSILE, ViolenceType.STATE_BASED,
                List.of(new Span(10, 17)), List.of(s, new Span(61, 90)),
                new EventDate(LocalDate.of(2025, 2, 1), DatePrecision.MONTH, null, null),
                new Location("Gao", 2457163L, 16.27167, -0.04472, "Gao", "ML", "Mali", 2, new Span(30, 33)),
                new Actor("Military Forces of Mali", ActorCategory.STATE_FORCES, "ML", new Span(40, 46)),
                List.of(new Actor("Wagner Group", ActorCategory.EXTERNAL_FORCES, "RU", null)),
                new Actor("Civilians", ActorCategory.CIVILIANS, "ML", null), List.of(),
                new Fatalities(3, 4, 6, 4, null),
                List.of(new Claim("the army", 3, Qualifier.AT_LEAST, "fighters", s),
                        new Claim(null, null, Qualifier.VAGUE, null, null)));
    }

    private static String write(Event e) throws Exception {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            EventJson.write(g, e);
        }
        return out.toString();
    }

    @Test
    void everyFieldOfTheCodebookShapeSurvivesTheRoundTrip() throws Exception {
        Event e = full();
        Event back = EventJson.read(JSON.readTree(write(e)));
        assertThat(back).isEqualTo(e);
    }

    @Test
    void anEventWithOnlyItsTypeKnownReadsBackWithNulls() throws Exception {
        Event e = Event.detected("a2", SubEventType.PEACEFUL_PROTEST, List.of(), List.of(new Span(0, 5)));
        Event back = EventJson.read(JSON.readTree(write(e)));
        assertThat(back).isEqualTo(e);
        assertThat(back.date()).isNull();
        assertThat(back.location()).isNull();
        assertThat(back.fatalities()).isEqualTo(Fatalities.UNKNOWN);
    }

    @Test
    void aRecordWithAnUnknownTypeIsRefusedNamingTheValue() {
        assertThatThrownBy(() -> EventJson.read(JSON.readTree("{\"sub_event_type\": \"Picnic\"}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Picnic");
        assertThatThrownBy(() -> EventJson.read(JSON.readTree("{\"article_id\": \"x\"}")))
                .hasMessageContaining("sub_event_type");
    }

    @Test
    void offsetsAfterACharacterOutsideTheBasicPlaneBecomeCodePoints() {
        String text = "\uD83D\uDCA5 Shelling hit Gao.";   // an emoji is two UTF-16 units, one code point
        Event e = Event.detected("a3", SubEventType.SHELLING_ARTILLERY_MISSILE, List.of(new Span(3, 11)),
                List.of(new Span(0, text.length())));
        Event cp = Offsets.of(text).codePoints(e);
        assertThat(cp.triggers()).containsExactly(new Span(2, 10));
        assertThat(cp.evidence()).containsExactly(new Span(0, text.length() - 1));
        assertThat(Offsets.of("plain text").codePoints(e)).isSameAs(e);
    }
}
