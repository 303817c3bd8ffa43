package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.codebook.ViolenceType;
import org.sitrep.model.Event;

class SyntheticEventsTest {

    private static List<SyntheticEvents.Report> all(SyntheticEvents s) {
        List<SyntheticEvents.Report> out = new ArrayList<>();
        s.forEach(out::add);
        return out;
    }

    @Test
    void sameSeedSameReportsOtherSeedOtherReports() {
        assertThat(all(new SyntheticEvents(300, 7))).isEqualTo(all(new SyntheticEvents(300, 7)));
        assertThat(all(new SyntheticEvents(300, 8))).isNotEqualTo(all(new SyntheticEvents(300, 7)));
    }

    @Test
    void reportsAreShapedLikeCodedArticles() {
        List<SyntheticEvents.Report> reports = all(new SyntheticEvents(2000, 1));
        assertThat(reports).hasSize(2000);
        assertThat(reports.stream().map(r -> r.article().id()).distinct()).hasSize(2000);
        Set<String> countries = new HashSet<>();
        int reReports = 0;
        Set<String> seen = new HashSet<>();
        for (SyntheticEvents.Report r : reports) {
            assertThat(r.events()).hasSize(1);
            Event e = r.events().get(0);
            assertThat(e.articleId()).isEqualTo(r.article().id());
            assertThat(e.date()).isNotNull();
            assertThat(r.article().published()).isAfter(e.date().date());
            assertThat(e.location().lat()).isBetween(-90.0, 90.0);
            if (e.violenceType() == ViolenceType.NONE) {
                assertThat(e.subEventType().eventType().ordinal()).isGreaterThanOrEqualTo(3);
            }
            if (e.fatalities().low() != null) {
                assertThat(e.fatalities().low()).isLessThanOrEqualTo(e.fatalities().high());
            }
            countries.add(e.location().countryCode());
            String key = e.subEventType() + "|" + e.location() + "|" + e.date() + "|" + e.actor1() + "|" + e.actor2();
            if (!seen.add(key)) {
                reReports++;
            }
        }
        assertThat(countries).hasSizeGreaterThan(8);
        // about one report in ten describes an earlier event again, for the store to merge
        assertThat(reReports).isBetween(100, 300);
    }
}
