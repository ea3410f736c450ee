package nl.galacheck.rapport;

/**
 * How much a report shows. {@code volledig}: every finding with its trace (otherwise the summary: verdicts,
 * counts, what to do first, what to fill in). {@code beknopt}: every finding on one line. {@code kleur}:
 * ANSI colour, only for text on a terminal.
 */
public record Weergave(boolean kleur, boolean volledig, boolean beknopt) {

    public static final Weergave STANDAARD = new Weergave(false, false, false);
}
