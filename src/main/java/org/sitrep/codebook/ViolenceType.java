package org.sitrep.codebook;

/** UCDP type of violence, with the codebook's strings. */
public enum ViolenceType {
    STATE_BASED("state-based"),
    NON_STATE("non-state"),
    ONE_SIDED("one-sided"),
    NONE("none");

    private final String label;

    ViolenceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
