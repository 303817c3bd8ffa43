package org.sitrep.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/** One line of the ACLED-style CSV, with ACLED's column names in ACLED's order. */
@JsonPropertyOrder({"event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
        "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso",
        "country", "admin1", "location", "latitude", "longitude", "geo_precision",
        "time_precision", "source", "notes", "fatalities"})
record AcledRow(
        @JsonProperty("event_date") String eventDate,
        @JsonProperty("event_type") String eventType,
        @JsonProperty("sub_event_type") String subEventType,
        @JsonProperty("actor1") String actor1,
        @JsonProperty("assoc_actor_1") String assocActor1,
        @JsonProperty("inter1") Integer inter1,
        @JsonProperty("actor2") String actor2,
        @JsonProperty("assoc_actor_2") String assocActor2,
        @JsonProperty("inter2") Integer inter2,
        @JsonProperty("interaction") String interaction,
        @JsonProperty("civilian_targeting") String civilianTargeting,
        @JsonProperty("iso") Integer iso,
        @JsonProperty("country") String country,
        @JsonProperty("admin1") String admin1,
        @JsonProperty("location") String location,
        @JsonProperty("latitude") BigDecimal latitude,
        @JsonProperty("longitude") BigDecimal longitude,
        @JsonProperty("geo_precision") Integer geoPrecision,
        @JsonProperty("time_precision") Integer timePrecision,
        @JsonProperty("source") String source,
        @JsonProperty("notes") String notes,
        @JsonProperty("fatalities") int fatalities) {
}
