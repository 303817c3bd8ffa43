package org.sitrep.pipeline;

import org.sitrep.actors.ActorRegistry;
import org.sitrep.actors.ActorStage;
import org.sitrep.casualties.CasualtyStage;
import org.sitrep.events.EventDetectionStage;
import org.sitrep.events.ViolenceTypeStage;
import org.sitrep.geo.Countries;
import org.sitrep.nlp.DocBuilder;
import org.sitrep.places.Gazetteer;
import org.sitrep.places.LocationStage;
import org.sitrep.time.EventDatingStage;

/** The standard chain of stages, in the order their fields depend on each other. */
public final class DefaultPipeline {

    private DefaultPipeline() {
    }

    public static Pipeline create(DocBuilder docBuilder, Gazetteer gazetteer) {
        // one country table for every stage: the gazetteer's
        Countries countries = gazetteer.countries();
        return Pipeline.builder(docBuilder)
                .add(new EventDetectionStage(countries))
                .add(new EventDatingStage())
                .add(new LocationStage(gazetteer))
                .add(new ActorStage(ActorRegistry.load(countries)))
                .add(new CasualtyStage())
                .add(new ViolenceTypeStage())
                .build();
    }
}
