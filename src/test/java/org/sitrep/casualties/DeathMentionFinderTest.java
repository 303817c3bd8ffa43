package org.sitrep.casualties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.codebook.Qualifier;
import org.sitrep.model.Doc;
import org.sitrep.testing.SharedNlp;

/** Death statements read from our own short reports through the shared CoreNLP pipeline. */
class DeathMentionFinderTest {

    private static final DeathMentionFinder FINDER = DeathMentionFinder.standard();

    private static List<DeathMention> find(String text) {
        Doc doc = SharedNlp.doc(text, "2024-08-26");
        return FINDER.find(doc);
    }

    private static List<Integer> figures(String text) {
        return find(text).stream().filter(m -> !m.subset()).map(DeathMention::killed).toList();
    }

    @Test
    void passiveActiveAndReducedForms() {
        assertThat(figures("Twelve people were killed in the raid on Monday.")).containsExactly(12);
        assertThat(figures("Gunmen killed 14 farmers near the river.")).containsExactly(14);
        assertThat(figures("A drone struck the market, killing eleven civilians.")).containsExactly(11);
        assertThat(figures("Seven soldiers died in the ambush.")).containsExactly(7);
        assertThat(figures("The blast left 9 people dead.")).containsExactly(9);
        assertThat(figures("Police said 35 bodies were recovered from the site.")).containsExactly(35);
    }

    @Test
    void tollIsARunningTotal() {
        List<DeathMention> ms = find("The death toll from the shelling rose to 30 on Tuesday.");
        assertThat(ms).singleElement().satisfies(m -> {
            assertThat(m.killed()).isEqualTo(30);
            assertThat(m.toll()).isTrue();
        });
    }

    @Test
    void injuredAndKidnappedAreNotCounted() {
        assertThat(figures("Four people were killed and 23 others were injured in the attack."))
                .containsExactly(4);
        assertThat(figures("Gunmen kidnapped 40 students and wounded two teachers.")).isEmpty();
    }

    @Test
    void singleVictimCountsOne() {
        assertThat(figures("A soldier was killed when the convoy was ambushed.")).containsExactly(1);
        assertThat(figures("Officers shot the attacker dead outside the station.")).containsExactly(1);
    }

    @Test
    void qualifierAndVictimGroupAreKept() {
        List<DeathMention> ms = find("At least 21 soldiers were killed in the attack on the base.");
        assertThat(ms).singleElement().satisfies(m -> {
            assertThat(m.killed()).isEqualTo(21);
            assertThat(m.qualifier()).isEqualTo(Qualifier.AT_LEAST);
            assertThat(m.group()).isEqualTo(VictimGroup.SECURITY);
        });
    }

    @Test
    void includingIsASubset() {
        List<DeathMention> ms = find("The strike killed 21 people, including 11 children.");
        assertThat(ms).extracting(DeathMention::killed, DeathMention::subset, DeathMention::group)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(21, false, VictimGroup.PEOPLE),
                        org.assertj.core.groups.Tuple.tuple(11, true, VictimGroup.CHILD));
    }

    @Test
    void vagueCountHasNoFigure() {
        assertThat(find("Several villagers were killed in the clashes."))
                .singleElement().satisfies(m -> assertThat(m.vague()).isTrue());
    }

    @Test
    void claimantsAreTheSourceQuoted() {
        assertThat(find("The army said 30 militants were killed in the operation."))
                .singleElement().extracting(DeathMention::claimant).isEqualTo("army");
        assertThat(find("Nine people died, according to the regional hospital."))
                .singleElement().extracting(DeathMention::claimant).isEqualTo("regional hospital");
        assertThat(find("Nine people died in the fire at the depot."))
                .singleElement().extracting(DeathMention::claimant).isNull();
    }

    @Test
    void denialGivesZero() {
        assertThat(figures("No one was killed in the explosion.")).containsExactly(0);
    }

    @Test
    void threatsAreNotDeaths() {
        assertThat(figures("The group threatened to kill 20 hostages.")).isEmpty();
    }

    @Test
    void anAgeAfterANameIsNotACount() {
        assertThat(figures("Police said Maria Lopez, 29, was killed by a stray bullet.")).containsExactly(1);
    }

    @Test
    void reportedPassiveIsRaised() {
        assertThat(figures("Five insurgents are reported to have been killed in the clashes."))
                .containsExactly(5);
    }

    @Test
    void otherDeathPhrasings() {
        assertThat(figures("The crash killed all 50 passengers on board.")).containsExactly(50);
        assertThat(figures("The fighting has claimed 300 lives since Friday.")).containsExactly(300);
        assertThat(figures("Officials reported 17 fatalities after the assault.")).containsExactly(17);
        assertThat(figures("Hundreds were killed in the assault.")).containsExactly(200);
    }

    @Test
    void groupsOfOneSentenceAreSeparateMentions() {
        List<DeathMention> ms = find("The ministry said troops killed 84 mercenaries and 47 soldiers.");
        assertThat(ms).extracting(DeathMention::killed).containsExactly(84, 47);
        assertThat(ms).extracting(DeathMention::group).containsExactly(VictimGroup.ARMED, VictimGroup.SECURITY);
        assertThat(ms).extracting(DeathMention::claimant).containsOnly("ministry");
    }

    @Test
    void tollBroughtToANewFigure() {
        List<DeathMention> ms = find("Two more victims died in hospital, bringing the death toll to 14.");
        assertThat(ms).filteredOn(DeathMention::toll).singleElement()
                .extracting(DeathMention::killed).isEqualTo(14);
    }

    @Test
    void headlineDead() {
        assertThat(figures("At least 21 dead after gunmen storm village.")).containsExactly(21);
    }

    @Test
    void everyNumberFormInASentence() {
        assertThat(figures("The ministry said 1,250 fighters died in the siege.")).containsExactly(1250);
        assertThat(figures("A hundred and five villagers were killed in the raid.")).containsExactly(105);
        assertThat(figures("Gunmen killed twenty-three miners at the pit.")).containsExactly(23);
        assertThat(figures("A dozen herders were killed near the well.")).containsExactly(12);
        assertThat(figures("Dozens of recruits died when the barracks was shelled.")).containsExactly(24);
        assertThat(figures("Scores of pilgrims were killed in the stampede after the blast.")).containsExactly(40);
        assertThat(find("Several guards were killed at the gate."))
                .singleElement().satisfies(m -> {
                    assertThat(m.vague()).isTrue();
                    assertThat(m.qualifier()).isEqualTo(Qualifier.VAGUE);
                });
    }

    @Test
    void qualifiersAreKeptOnTheStatement() {
        assertThat(find("More than 100 porters were killed when the convoy was hit."))
                .singleElement().satisfies(m -> {
                    assertThat(m.killed()).isEqualTo(101);
                    assertThat(m.qualifier()).isEqualTo(Qualifier.MORE_THAN);
                });
        assertThat(find("Nearly 60 traders died when the bomb hit the bazaar."))
                .singleElement().satisfies(m -> {
                    assertThat(m.killed()).isEqualTo(60);
                    assertThat(m.qualifier()).isEqualTo(Qualifier.ABOUT);
                });
        assertThat(find("Up to 30 fishermen were killed when the boats were shelled."))
                .singleElement().satisfies(m -> {
                    assertThat(m.killed()).isEqualTo(30);
                    assertThat(m.qualifier()).isEqualTo(Qualifier.UP_TO);
                });
        assertThat(find("Between 20 and 30 conscripts were killed at the depot."))
                .singleElement().satisfies(m -> {
                    assertThat(m.killed()).isEqualTo(20);
                    assertThat(m.high()).isEqualTo(30);
                });
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "Raiders killed nine civilians in the hamlet.|CIVILIAN",
        "Raiders killed nine children in the hamlet.|CHILD",
        "Raiders killed nine women in the hamlet.|WOMAN",
        "Raiders killed nine soldiers in the hamlet.|SECURITY",
        "Raiders killed nine policemen in the hamlet.|SECURITY",
        "Troops killed nine militants in the hamlet.|ARMED",
        "Troops killed nine mercenaries in the hamlet.|ARMED",
        "Raiders killed nine people in the hamlet.|PEOPLE",
    })
    void victimGroups(String text, VictimGroup group) {
        assertThat(find(text)).singleElement().satisfies(m -> {
            assertThat(m.killed()).isEqualTo(9);
            assertThat(m.group()).isEqualTo(group);
        });
    }

    @Test
    void claimantForms() {
        assertThat(claimant("The rebels claimed that 40 troops were killed at the outpost.")).isEqualTo("rebels");
        assertThat(claimant("An army spokesman said 12 insurgents were killed overnight.")).isEqualTo("army spokesman");
        assertThat(claimant("The group's spokesman said 12 of its fighters died.")).isEqualTo("group's spokesman");
        assertThat(claimant("Local sources said 8 herders were killed by the raiders.")).isEqualTo("Local sources");
        assertThat(claimant("Residents said 8 herders were killed by the raiders.")).isEqualTo("Residents");
        assertThat(claimant("Hospital staff told reporters that 15 bodies had been brought in."))
                .isEqualTo("Hospital staff");
        assertThat(claimant("The health ministry said in a statement that 15 people were killed."))
                .isEqualTo("health ministry");
    }

    private static String claimant(String text) {
        List<DeathMention> ms = find(text);
        assertThat(ms).hasSize(1);
        return ms.get(0).claimant();
    }

    @Test
    void othersWoundedBesideAVictimAreNeitherDeadNorAdditive() {
        List<DeathMention> ms = find("A mine went off under their truck, "
                + "killing one sergeant and hurting seven others.");
        assertThat(ms).extracting(DeathMention::killed).containsExactly(1);
        assertThat(ms.get(0).additive()).isFalse();
    }

    @Test
    void theIncidentIsNotItsOwnVictim() {
        assertThat(figures("Two separate attacks on the road left six drivers dead, police said."))
                .containsExactly(6);
    }

    @Test
    void theKillingOfAListCountsEveryoneListed() {
        assertThat(figures("Villagers still mourn the killing of four monks, their cook, and her young son."))
                .containsExactly(4, 1, 1);
    }

    @Test
    void peopleKilledAlongWithTheVictimsAddToThem() {
        List<DeathMention> ms = find("The mayor was killed along with 12 of his guards.");
        assertThat(ms).extracting(DeathMention::killed).containsExactly(1, 12);
        assertThat(ms).extracting(DeathMention::additive).containsExactly(false, true);
    }

    @Test
    void deathsAvengedHappenedBeforeTheIncident() {
        assertThat(figures("The raid was staged in reprisal for the death of a local militia chief, the group said."))
                .isEmpty();
        assertThat(figures("Fighters stormed the hamlet to avenge the killing of their commander.")).isEmpty();
    }

    @Test
    void aSubsetWrittenAfterTheInjuredIsPartOfTheInjured() {
        List<DeathMention> ms = find("Nine soldiers and the gunman were killed and 14 others were injured, "
                + "including three children, when the gunman opened fire on a checkpoint.");
        assertThat(ms).extracting(DeathMention::killed).containsExactly(9, 1);
        assertThat(ms).noneMatch(DeathMention::subset);
    }

    @Test
    void aSuperlativeNamesAVictimAgain() {
        assertThat(figures("Bill Porter, whose young daughter, Anna, was the youngest person killed by the bomb, "
                + "addressed the judges.")).containsExactly(1);
    }

    @Test
    void anAttackerWhoKillsHimselfIsOneOfTheDead() {
        assertThat(figures("A suicide bomber blew himself up at the checkpoint, killing four guards."))
                .containsExactly(1, 4);
        assertThat(figures("The gunman later killed himself in a nearby barn.")).containsExactly(1);
        assertThat(figures("The crowd blew up the statue of the old king.")).isEmpty();
    }

    @Test
    void aTollThatExceedsAFigureIsMoreThanIt() {
        assertThat(find("The death toll exceeded 100 by Tuesday, officials said."))
                .singleElement().satisfies(m -> {
                    assertThat(m.killed()).isEqualTo(101);
                    assertThat(m.qualifier()).isEqualTo(Qualifier.MORE_THAN);
                });
    }

    @Test
    void aDeniedFigureStaysWithItsSourceBesideTheDenial() {
        List<DeathMention> ms = find("The ministry denied reports that up to six students had died.");
        assertThat(ms).extracting(DeathMention::killed, DeathMention::claimant).containsExactly(
                org.assertj.core.groups.Tuple.tuple(6, "reports"),
                org.assertj.core.groups.Tuple.tuple(0, "ministry"));
        assertThat(find("The governor denied that nine villagers had been killed by troops."))
                .extracting(DeathMention::killed, DeathMention::claimant)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "governor"));
        assertThat(figures("The army denied killing nine villagers in the raid.")).containsExactly(9);
    }
}
