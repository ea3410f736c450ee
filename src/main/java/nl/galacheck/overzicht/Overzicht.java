package nl.galacheck.overzicht;

import java.time.LocalDate;
import java.util.List;

import nl.galacheck.toetsing.Status;

/**
 * Many regions side by side: the region × criterion matrix with its national totals, the RIVM figures beside
 * the set's and each region's, and the files that could not be read. Computed once here; renderers only present.
 *
 * @param blokken the column groups in order: "bouwstenen", then the ketenaanpakken
 */
public record Overzicht(LocalDate peildatum, String regels, Filter filter, List<String> blokken, List<Kolom> kolommen,
                        List<Rij> rijen, List<Totaal> totalen, List<Vergelijking> vergelijkingen,
                        List<OngeldigBestand> ongeldig) {

    public Overzicht {
        blokken = List.copyOf(blokken);
        kolommen = List.copyOf(kolommen);
        rijen = List.copyOf(rijen);
        totalen = List.copyOf(totalen);
        vergelijkingen = List.copyOf(vergelijkingen);
        ongeldig = List.copyOf(ongeldig);
    }

    public List<Kolom> kolommen(String blok) {
        return kolommen.stream().filter(k -> k.blok().equals(blok)).toList();
    }

    public Totaal totaal(Kolom k) {
        return totalen.stream().filter(t -> t.kolom().equals(k)).findFirst().orElseThrow();
    }

    public int gemeenten() {
        return rijen.stream().mapToInt(Rij::gemeenten).sum();
    }

    /** Regions with a verplicht criterion not met: what makes the exit code 1, as for {@code check}. */
    public boolean heeftVerplichteTekorten() {
        return rijen.stream().anyMatch(Rij::verplichteTekorten);
    }

    /** The statuses a matrix shows, in legend order. */
    public static final List<Status> LEGENDA = List.of(Status.VOLDAAN, Status.NIET_VOLDAAN, Status.OPEN, Status.ONBEKEND,
            Status.GEBLOKKEERD_LANDELIJK, Status.NIET_VAN_TOEPASSING);
}
