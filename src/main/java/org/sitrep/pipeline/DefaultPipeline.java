package org.sitrep.pipeline;

import org.sitrep.actors.ActorStage;
import org.sitrep.casualties.CasualtyStage;
import org.sitrep.events.EventDetectionStage;
import org.sitrep.events.ViolenceTypeStage;
import org.sitrep.nlp.DocBuilder;
import org.sitrep.places.Gazetteer;
import org.sitrep.places.LocationStage;
import org.sitrep.time.EventDatingStage;

/** The standard chain of stages, in the order their fields depend on each other. */
public final class DefaultPipeline {

    private DefaultPipeline() {
    }

    public static Pipeline create(DocBuilder docBuilder, Gazetteer gazetteer) {
        return Pipeline.builder(docBuilder)
                .add(new EventDetectionStage())
                .add(new EventDatingStage())
                .add(new LocationStage(gazetteer))
                .add(new ActorStage())
                .add(new CasualtyStage())
                .add(new ViolenceTypeStage())
                .build();
    }
}
