package nl.galacheck.toetsing;

/** The status of a finding on the peildatum (product design, "Findings"). */
public enum Status {
    VOLDAAN("voldaan"),
    NIET_VOLDAAN("niet voldaan"),
    OPEN("open"),
    ONBEKEND("onbekend"),
    NIET_VAN_TOEPASSING("niet van toepassing"),
    /** Not met, but covered by a valid comply-or-explain waiver; applied from a later version on. */
    TOEGELICHT("toegelicht"),
    GEBLOKKEERD_LANDELIJK("geblokkeerd (landelijk)");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
