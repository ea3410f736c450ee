package nl.galacheck.regels;

import java.util.Optional;

/**
 * A national figure of the RIVM monitor 2026 to compare with: {@code aantal} of {@code basis} (the N the
 * RIVM counted over), {@code percentage} as the RIVM prints it, {@code omschrijving} naming the basis in words,
 * and the {@link Grondslag} that names read as: what a share must be computed over to be comparable.
 */
public record Referentie(int percentage, int aantal, int basis, String omschrijving, Grondslag grondslag) {

    /** What the RIVM counted over (RIVM 2026-0060, Figuur 5.1, 5.2a with Bijlage 2, and 5.2b). */
    public enum Grondslag {
        /** All municipalities that answered: the share that started (Figuur 5.1). */
        GEMEENTEN("gemeenten", "van de gemeenten"),
        /** Only the municipalities that started the ketenaanpak (Figuur 5.2a, Bijlage 2 Tabel 1a–1e). */
        GESTARTE_GEMEENTEN("gestarte gemeenten", "van de gestarte gemeenten"),
        /** The preferent insurers, one per region (Figuur 5.2b, n = 36). */
        ZORGVERZEKERAARS("regio's (preferente zorgverzekeraars)", "preferente zorgverzekeraars");

        private final String label;
        private final String herkenning;

        Grondslag(String label, String herkenning) {
            this.label = label;
            this.herkenning = herkenning;
        }

        public String label() {
            return label;
        }

        /** The basis an {@code omschrijving} of the catalogue names; the most specific wording wins. */
        static Optional<Grondslag> uit(String omschrijving) {
            if (omschrijving == null) {
                return Optional.empty();
            }
            for (Grondslag g : new Grondslag[] {ZORGVERZEKERAARS, GESTARTE_GEMEENTEN, GEMEENTEN}) {
                if (omschrijving.contains(g.herkenning)) {
                    return Optional.of(g);
                }
            }
            return Optional.empty();
        }
    }
}
