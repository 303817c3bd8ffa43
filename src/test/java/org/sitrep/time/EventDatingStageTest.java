package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.codebook.DatePrecision;
import org.sitrep.codebook.SubEventType;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Field;
import org.sitrep.testing.SharedNlp;

class EventDatingStageTest {

    private static final EventDatingStage STAGE = new EventDatingStage();

    /**
     * An event triggered by the first occurrence of each word (the first is its main mention),
     * its evidence the first word's sentence.
     */
    private static Event event(Doc doc, SubEventType type, String... triggers) {
        List<Span> spans = new java.util.ArrayList<>();
        for (String trigger : triggers) {
            int at = doc.text().indexOf(trigger);
            assertThat(at).as("trigger '%s' in test text", trigger).isNotNegative();
            spans.add(new Span(at, at + trigger.length()));
        }
        Sentence s = doc.sentenceAt(spans.get(0).start());
        return Event.detected("test", type, spans, List.of(s.span()));
    }

    private static List<EventDate> dates(Doc doc, Event... events) {
        return STAGE.apply(doc, List.of(events)).stream().map(Event::date).toList();
    }

    @Test
    void declaresItsFields() {
        assertThat(STAGE.requires()).containsExactly(Field.EVENTS);
        assertThat(STAGE.provides()).containsExactly(Field.DATE);
    }

    @Test
    void eachIncidentGetsItsOwnTimeNotTheNearestOne() {
        Doc doc = SharedNlp.doc("At least 12 people were killed in drone strikes on Sunday in the town of Kidal. "
                + "The attack follows a fierce clash in July near the same town.", "2024-08-26");
        Event strike = event(doc, SubEventType.AIR_DRONE_STRIKE, "strikes");
        Event clash = event(doc, SubEventType.ARMED_CLASH, "clash");
        List<EventDate> d = dates(doc, strike, clash);

        assertThat(d.get(0).date()).isEqualTo(LocalDate.of(2024, 8, 25));
        assertThat(d.get(0).precision()).isEqualTo(DatePrecision.DAY);
        assertThat(doc.text(d.get(0).source())).isEqualTo("Sunday");
        assertThat(d.get(1).date()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(d.get(1).precision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void anAnaphoricMentionDoesNotTakeTheDateOfTheIncidentItFollows() {
        Doc doc = SharedNlp.doc("The attack on Monday follows a clash in March between the army and rebels.",
                "2024-08-28");
        Event attack = event(doc, SubEventType.ATTACK, "attack");
        Event clash = event(doc, SubEventType.ARMED_CLASH, "clash");
        List<EventDate> d = dates(doc, attack, clash);
        assertThat(d.get(0).date()).isEqualTo(LocalDate.of(2024, 8, 26));
        assertThat(d.get(1).date()).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void undatedIncidentTakesThePublicationDate() {
        Doc doc = SharedNlp.doc("Gunmen killed five villagers in northern Burkina Faso, officials said.",
                "2024-08-26");
        EventDate d = dates(doc, event(doc, SubEventType.ATTACK, "killed")).get(0);
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 8, 26));
        assertThat(d.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(d.source()).isNull();
        assertThat(d.rule()).startsWith("undated");
    }

    @Test
    void withoutPublicationDateOnlyDatesWithTheirYearCount() {
        Doc relative = SharedNlp.doc("Gunmen killed five villagers on Sunday near the border.", null);
        assertThat(dates(relative, event(relative, SubEventType.ATTACK, "killed")).get(0)).isNull();

        Doc absolute = SharedNlp.doc("Gunmen killed five villagers on 12 March 2023 near the border.", null);
        EventDate d = dates(absolute, event(absolute, SubEventType.ATTACK, "killed")).get(0);
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 3, 12));
        assertThat(d.precision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void datelineFramesTheReportButDoesNotDateItsIncidents() {
        Doc doc = SharedNlp.doc("Lima, 28 Nov 88 (Radio Nacional) -- [Text] Guerrillas blew up a power pylon "
                + "yesterday on the outskirts of the capital.", "1988-11-28");
        EventDate d = dates(doc, event(doc, SubEventType.REMOTE_EXPLOSIVE, "blew")).get(0);
        assertThat(d.date()).isEqualTo(LocalDate.of(1988, 11, 27));
        assertThat(doc.text(d.source())).isEqualTo("yesterday");
    }

    @Test
    void backgroundYearsAreNotIncidentDates() {
        Doc doc = SharedNlp.doc("Rebels have fought the army in the north since 2012. "
                + "On Friday rebels attacked an army post near Gao.", "2024-08-26");
        EventDate d = dates(doc, event(doc, SubEventType.ARMED_CLASH, "attacked")).get(0);
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 8, 23));
        assertThat(STAGE.find(doc).candidates()).extracting(TimeCandidate::text).doesNotContain("2012");
    }

    @Test
    void laterCountsFromTheDateBeforeIt() {
        Doc doc = SharedNlp.doc("A bomb exploded at a market in Kano on 3 March 2024. "
                + "Three days later, gunmen attacked the police station in the same town.", "2024-03-20");
        Event bomb = event(doc, SubEventType.REMOTE_EXPLOSIVE, "exploded");
        Event attack = event(doc, SubEventType.ATTACK, "attacked");
        List<EventDate> d = dates(doc, bomb, attack);
        assertThat(d.get(0).date()).isEqualTo(LocalDate.of(2024, 3, 3));
        assertThat(d.get(1).date()).isEqualTo(LocalDate.of(2024, 3, 6));
    }

    @Test
    void aWeekGivesWayToADayWithinItInTheOtherEvidence() {
        Doc doc = SharedNlp.doc("Troops clashed with rebels last week near Goma. "
                + "The fighting broke out on 21 August, officials said.", "2024-08-29");
        int at = doc.text().indexOf("clashed");
        Event e = Event.detected("test", SubEventType.ARMED_CLASH, List.of(new Span(at, at + 7)),
                List.of(doc.sentence(0).span(), doc.sentence(1).span()));
        EventDate d = dates(doc, e).get(0);
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 8, 21));
        assertThat(d.precision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void aSecondMentionInASubordinatePhraseDoesNotLendItsDate() {
        Doc doc = SharedNlp.doc("Retaliating for a rocket attack the previous day, army jets struck militant "
                + "hideouts along the river.", "2024-03-14");
        Event merged = event(doc, SubEventType.AIR_DRONE_STRIKE, "rocket attack", "struck");
        assertThat(dates(doc, merged).get(0).date()).isEqualTo(LocalDate.of(2024, 3, 14));
    }

    @Test
    void aTriggerAndItsOwnObjectShareTheirDate() {
        Doc doc = SharedNlp.doc("Twelve people were killed in drone strikes on Sunday in the north.", "2024-08-26");
        Event e = event(doc, SubEventType.AIR_DRONE_STRIKE, "killed", "strikes");
        assertThat(dates(doc, e).get(0).date()).isEqualTo(LocalDate.of(2024, 8, 25));
    }

    @Test
    void anUndatedIncidentRightAfterADatedOneTakesItsDate() {
        Doc doc = SharedNlp.doc("Rebels ambushed a convoy on Saturday near Gao. "
                + "Soldiers killed four of the attackers as they fled.", "2024-08-26");
        Event ambush = event(doc, SubEventType.ARMED_CLASH, "ambushed");
        Event pursuit = event(doc, SubEventType.ARMED_CLASH, "killed");
        List<EventDate> d = dates(doc, ambush, pursuit);
        assertThat(d.get(1).date()).isEqualTo(LocalDate.of(2024, 8, 24));
        assertThat(d.get(1).rule()).startsWith("undated:carried-on");
    }

    @Test
    void aFewDaysOfFightingStartWhenTheyBegan() {
        Doc doc = SharedNlp.doc("Police lost twelve officers in two days of clashes with gangs around "
                + "the port, the interior ministry said.", "2024-06-10");
        EventDate d = dates(doc, event(doc, SubEventType.ARMED_CLASH, "clashes")).get(0);
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 6, 8));
        assertThat(d.precision()).isEqualTo(DatePrecision.WEEK);
    }

    @Test
    void recentOperationsAreDatedToTheMonth() {
        Doc doc = SharedNlp.doc("Troops recently killed two gunmen in a firefight on a farm track and "
                + "captured their rifles, the brigade said.", "2023-05-19");
        EventDate d = dates(doc, event(doc, SubEventType.ARMED_CLASH, "killed")).get(0);
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 5, 1));
        assertThat(d.precision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void noEventsNoWork() {
        Doc doc = SharedNlp.doc("Nothing happened on Sunday.", "2024-08-26");
        assertThat(STAGE.apply(doc, List.of())).isEmpty();
    }

    @Test
    void aWireDatelineIsTheDateItsRelativeWordsCountFrom() {
        // a feed republished the wire report two days after its dateline
        Doc doc = SharedNlp.doc("NIAMEY, Aug 24 (Reuters) - Gunmen on motorbikes killed nine herders near "
                + "Tillaberi on Thursday, a local official said.", "2024-08-26");
        EventDate d = dates(doc, event(doc, SubEventType.ATTACK, "killed")).get(0);
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 8, 22));

        Doc undated = SharedNlp.doc("NIAMEY, Aug 24 (Reuters) - Gunmen on motorbikes killed nine herders near "
                + "Tillaberi, a local official said.", "2024-08-26");
        EventDate u = dates(undated, event(undated, SubEventType.ATTACK, "killed")).get(0);
        assertThat(u.date()).isEqualTo(LocalDate.of(2024, 8, 24));
        assertThat(u.rule()).isEqualTo("undated:dateline");
        assertThat(undated.text(u.source())).isEqualTo("Aug 24");
    }

    @Test
    void anAdjectiveOfTimeOnTheIncidentsOwnNounDatesIt() {
        Doc doc = SharedNlp.doc("Militiamen killed four fishermen in an overnight raid on a camp by the lake, "
                + "the governor said.", "2025-01-01");
        Event e = event(doc, SubEventType.ATTACK, "killed", "raid");
        EventDate d = dates(doc, e).get(0);
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(d.precision()).isEqualTo(DatePrecision.WEEK);
    }

    @Test
    void aCalendarDateNamingAnotherIncidentDoesNotDateThisOne() {
        Doc doc = SharedNlp.doc("A commander accused of planning the March 3, 2022, raids on the border town "
                + "was killed in an air strike on Tuesday, the army said.", "2025-05-08");
        // the detector took both words for one incident; the date still names only the raids
        Event e = event(doc, SubEventType.AIR_DRONE_STRIKE, "raids", "killed");
        assertThat(dates(doc, e).get(0).date()).isEqualTo(LocalDate.of(2025, 5, 6));
    }

    @Test
    void aNightWhoseIncidentCameAfterMidnightIsTheNextDay() {
        Doc doc = SharedNlp.doc("Gunmen stormed a guest house in the capital shortly after midnight last night, "
                + "killing three guards, police said.", "2024-03-01");
        EventDate d = dates(doc, event(doc, SubEventType.ATTACK, "stormed")).get(0);
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(d.precision()).isEqualTo(DatePrecision.DAY);

        Doc evening = SharedNlp.doc("Gunmen stormed a guest house in the capital at 11 p.m. last night, "
                + "killing three guards, police said.", "2024-03-01");
        assertThat(dates(evening, event(evening, SubEventType.ATTACK, "stormed")).get(0).date())
                .isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void aFixedHolidayIsItsLatestDayBeforePublication() {
        Doc doc = SharedNlp.doc("Rebels ambushed a supply convoy near the river on New Year's Eve, "
                + "the army said.", "2025-01-03");
        EventDate d = dates(doc, event(doc, SubEventType.ARMED_CLASH, "ambushed")).get(0);
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(d.precision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void aSpanOfDaysIsItsFirstDayAtWeekPrecision() {
        Doc doc = SharedNlp.doc("At least 30 people died in fighting between herders and farmers in the "
                + "hills between Sunday and Tuesday, police said.", "2024-05-16");
        EventDate d = dates(doc, event(doc, SubEventType.ARMED_CLASH, "fighting")).get(0);
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 5, 12));
        assertThat(d.precision()).isEqualTo(DatePrecision.WEEK);
        assertThat(doc.text(d.source())).isEqualTo("Sunday and Tuesday");

        Doc apart = SharedNlp.doc("Rebels shelled the town on Sunday and attacked the airport on Tuesday.",
                "2024-05-16");
        EventDate shelling = dates(apart, event(apart, SubEventType.SHELLING_ARTILLERY_MISSILE, "shelled")).get(0);
        assertThat(shelling.date()).isEqualTo(LocalDate.of(2024, 5, 12));
        assertThat(shelling.precision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void aDayOfTheMonthWrittenAloneDatesTheIncident() {
        Doc doc = SharedNlp.doc("Gunmen shot dead a radio reporter outside his home in the port city on the "
                + "14th, prosecutors said.", "2024-05-16");
        EventDate d = dates(doc, event(doc, SubEventType.ATTACK, "shot")).get(0);
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 5, 14));
        assertThat(doc.text(d.source())).isEqualTo("the 14th");
        // an ordinal before a noun is no date
        Doc unit = SharedNlp.doc("Soldiers of the 14th battalion clashed with rebels near the port city.",
                "2024-05-16");
        assertThat(STAGE.find(unit).candidates()).isEmpty();
    }
}
