package nl.galacheck.toetsing;

import java.time.LocalDate;
import java.util.List;

import nl.galacheck.regels.Catalogus;

/**
 * The result of one run: every region's findings on one peildatum under one rule set. Renderers
 * format it; the exit code is decided here, so they cannot disagree.
 */
public record Toetsing(LocalDate peildatum, String regels, Catalogus catalogus, List<RegioToetsing> regios) {

    public Toetsing {
        regios = List.copyOf(regios);
    }

    public boolean heeftVerplichteTekorten() {
        return regios.stream().anyMatch(RegioToetsing::heeftVerplichteTekorten);
    }

    /**
     * Whether the run fails (exit code 1): a verplicht criterion of a region NIET_VOLDAAN, or with
     * {@code streng} (for CI on repositories of region files) also ONBEKEND.
     */
    public boolean heeftVerplichteTekorten(boolean streng) {
        return regios.stream().anyMatch(r -> r.heeftVerplichteTekorten(streng));
    }
}
