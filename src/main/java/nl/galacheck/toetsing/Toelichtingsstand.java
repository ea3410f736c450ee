package nl.galacheck.toetsing;

import java.util.List;

import nl.galacheck.regio.Toelichting;

/**
 * What became of one explanation on the peildatum, for the report: honoured, not honoured with the reason, or stale.
 *
 * @param reden       honoured: who accepted it and until when; otherwise why it does not hold or is not needed
 * @param bevindingen the findings it is about (none when it matches no finding)
 */
public record Toelichtingsstand(Toelichting toelichting, Soort soort, String reden, List<Bevinding> bevindingen) {

    public enum Soort {
        GEHONOREERD("gehonoreerd"), NIET_GEHONOREERD("geldt niet"), VEROUDERD("verouderd");

        private final String label;

        Soort(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Toelichtingsstand {
        bevindingen = List.copyOf(bevindingen);
    }
}
