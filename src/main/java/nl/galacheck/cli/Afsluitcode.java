package nl.galacheck.cli;

/** The exit codes of every command (README, "Afsluitcodes"). */
final class Afsluitcode {

    /** No verplicht criterion unmet. */
    static final int GOED = 0;
    /** At least one verplicht criterion NIET_VOLDAAN. */
    static final int TEKORTEN = 1;
    /** Wrong usage, or rules that do not compile or misbehave. */
    static final int GEBRUIK_OF_REGELS = 2;
    /** Invalid input files. */
    static final int ONGELDIGE_INVOER = 3;

    private Afsluitcode() {
    }
}
