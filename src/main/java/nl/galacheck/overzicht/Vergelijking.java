package nl.galacheck.overzicht;

import java.util.Map;

import nl.galacheck.regels.Referentie;
import nl.galacheck.regels.Referentie.Grondslag;

/**
 * One RIVM figure beside the same figure for the set and for each region, computed on the RIVM's basis:
 * for a municipal process step the municipalities that had started the ketenaanpak (RIVM Figuur 5.2a: "alleen
 * gemeenten waarin gestart is"), for an insurer's step the regions (one preferent insurer each, Figuur 5.2b),
 * for "gestart" all municipalities (Figuur 5.1).
 *
 * @param id          the step's criterion id, or "gestart"
 * @param titel       what is counted
 * @param basis       what the shares are computed over: the RIVM figure's basis
 * @param rivm        the national figure (may be null when the catalogue gives none)
 * @param set         the share over all regions in the overview
 * @param perRegio    per region code its own share, in row order
 */
public record Vergelijking(String id, String ketenaanpak, String titel, Grondslag basis, Referentie rivm, Aandeel set,
                           Map<String, Aandeel> perRegio) {

    public Vergelijking {
        perRegio = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perRegio));
    }
}
