package nl.galacheck.toetsing;

/** Marks a verdict {@link Voorwaarden} has weighed, so the session weighs each verdict once. */
public record Afgewogen(Oordeel oordeel) {
}
