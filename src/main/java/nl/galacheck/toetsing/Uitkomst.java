package nl.galacheck.toetsing;

/**
 * What a rule concluded from the facts, before deadlines and waivers are applied. Turning a
 * NIET_VOLDAAN into OPEN or NIET_VOLDAAN against the tijdpad happens once, in {@link Toetser}.
 */
public enum Uitkomst {
    VOLDAAN, NIET_VOLDAAN, ONBEKEND, NIET_VAN_TOEPASSING, GEBLOKKEERD_LANDELIJK,
    /** Not met and it will not be (an agreement that was stopped): NIET_VOLDAAN also before its deadline. */
    WORDT_NIET_VOLDAAN,
    /** Not met, with an explanation of the region that holds on the peildatum ({@link Toelichtingen}). */
    TOEGELICHT
}
