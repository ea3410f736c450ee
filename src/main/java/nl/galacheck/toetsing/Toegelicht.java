package nl.galacheck.toetsing;

/** Marks a verdict an explanation was weighed against in the rule session, so it is weighed once. */
public record Toegelicht(Oordeel oordeel) {
}
