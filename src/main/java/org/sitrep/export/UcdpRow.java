package org.sitrep.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/** One line of the UCDP GED-style CSV, with GED's column names. */
@JsonPropertyOrder({"type_of_violence", "side_a", "side_b", "where_coordinates", "adm_1",
        "latitude", "longitude", "where_prec", "date_start", "date_end", "date_prec", "best", "low",
        "high", "deaths_civilians", "source_article", "source_headline", "source_original"})
record UcdpRow(
        @JsonProperty("type_of_violence") Integer typeOfViolence,
        @JsonProperty("side_a") String sideA,
        @JsonProperty("side_b") String sideB,
        @JsonProperty("where_coordinates") String whereCoordinates,
        @JsonProperty("adm_1") String adm1,
        @JsonProperty("latitude") BigDecimal latitude,
        @JsonProperty("longitude") BigDecimal longitude,
        @JsonProperty("where_prec") Integer wherePrec,
        @JsonProperty("date_start") String dateStart,
        @JsonProperty("date_end") String dateEnd,
        @JsonProperty("date_prec") Integer datePrec,
        @JsonProperty("best") Integer best,
        @JsonProperty("low") Integer low,
        @JsonProperty("high") Integer high,
        @JsonProperty("deaths_civilians") Integer deathsCivilians,
        @JsonProperty("source_article") String sourceArticle,
        @JsonProperty("source_headline") String sourceHeadline,
        @JsonProperty("source_original") String sourceOriginal) {
}
