package org.sitrep.pipeline;

/** What a stage adds to the events of a document; used to check the stage chain when built. */
public enum Field {
    /** Events exist, with type, sub-type, triggers and evidence. */
    EVENTS,
    DATE,
    LOCATION,
    ACTORS,
    FATALITIES,
    VIOLENCE_TYPE
}
