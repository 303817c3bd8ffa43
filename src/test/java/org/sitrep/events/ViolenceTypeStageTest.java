package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.codebook.ActorCategory;
import org.sitrep.codebook.SubEventType;
import org.sitrep.codebook.ViolenceType;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Span;

class ViolenceTypeStageTest {

    private final ViolenceTypeStage stage = new ViolenceTypeStage();

    private static Event event(SubEventType t, ActorCategory a1, ActorCategory a2) {
        Span s = new Span(0, 10);
        Event e = Event.detected("a", t, List.of(s), List.of(s));
        return e.withActors(a1 == null ? null : new Actor("one", a1, null, s), List.of(),
                a2 == null ? null : new Actor("two", a2, null, s), List.of());
    }

    private ViolenceType type(Event e) {
        return stage.apply(null, List.of(e)).get(0).violenceType();
    }

    @Test
    void stateAgainstRebelsIsStateBased() {
        assertThat(type(event(SubEventType.ARMED_CLASH, ActorCategory.STATE_FORCES,
                ActorCategory.REBEL_GROUP))).isEqualTo(ViolenceType.STATE_BASED);
        assertThat(type(event(SubEventType.AIR_DRONE_STRIKE, ActorCategory.EXTERNAL_FORCES,
                ActorCategory.POLITICAL_MILITIA))).isEqualTo(ViolenceType.STATE_BASED);
    }

    @Test
    void battleWithAMisreadUnarmedSideStaysStateBased() {
        assertThat(type(event(SubEventType.ARMED_CLASH, ActorCategory.STATE_FORCES,
                ActorCategory.CIVILIANS))).isEqualTo(ViolenceType.STATE_BASED);
    }

    @Test
    void twoNonStateGroupsAreNonState() {
        assertThat(type(event(SubEventType.ARMED_CLASH, ActorCategory.REBEL_GROUP,
                ActorCategory.IDENTITY_MILITIA))).isEqualTo(ViolenceType.NON_STATE);
    }

    @Test
    void armedActorAgainstCiviliansIsOneSided() {
        assertThat(type(event(SubEventType.ATTACK, ActorCategory.POLITICAL_MILITIA,
                ActorCategory.CIVILIANS))).isEqualTo(ViolenceType.ONE_SIDED);
        assertThat(type(event(SubEventType.AIR_DRONE_STRIKE, ActorCategory.STATE_FORCES,
                ActorCategory.CIVILIANS))).isEqualTo(ViolenceType.ONE_SIDED);
    }

    @Test
    void remoteViolenceKillingOnlyCiviliansIsOneSidedEvenWithoutTarget() {
        Event e = event(SubEventType.SHELLING_ARTILLERY_MISSILE, ActorCategory.STATE_FORCES, null)
                .withCasualties(new Fatalities(5, 5, 5, 5, null), List.of());
        assertThat(type(e)).isEqualTo(ViolenceType.ONE_SIDED);
    }

    @Test
    void nonViolentTypesAreNone() {
        assertThat(type(event(SubEventType.PEACEFUL_PROTEST, ActorCategory.PROTESTERS, null)))
                .isEqualTo(ViolenceType.NONE);
        assertThat(type(event(SubEventType.VIOLENT_DEMONSTRATION, ActorCategory.RIOTERS,
                ActorCategory.STATE_FORCES))).isEqualTo(ViolenceType.NONE);
        assertThat(type(event(SubEventType.ARRESTS, ActorCategory.STATE_FORCES, null)))
                .isEqualTo(ViolenceType.NONE);
    }

    @Test
    void withoutActorsTheSubTypeDecides() {
        assertThat(type(event(SubEventType.ARMED_CLASH, null, null)))
                .isEqualTo(ViolenceType.STATE_BASED);
        assertThat(type(event(SubEventType.ATTACK, null, null))).isEqualTo(ViolenceType.ONE_SIDED);
        assertThat(type(event(SubEventType.REMOTE_EXPLOSIVE, null, null)))
                .isEqualTo(ViolenceType.ONE_SIDED);
        assertThat(type(event(SubEventType.AIR_DRONE_STRIKE, null, null)))
                .isEqualTo(ViolenceType.STATE_BASED);
    }

    @Test
    void explainNamesTheRule() {
        assertThat(stage.explain(List.of(event(SubEventType.ATTACK, null, null))))
                .singleElement().asString().contains("one-sided");
    }
}
