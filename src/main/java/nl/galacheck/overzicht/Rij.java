package nl.galacheck.overzicht;

import java.util.Map;
import java.util.Optional;

/**
 * One region's row: its cells by column key ({@link Kolom#sleutel()}); a column without findings for this
 * region has no cell.
 *
 * @param gemeenten the number of municipalities in the region file
 */
public record Rij(String regio, String naam, String bestand, int gemeenten, String zorgverzekeraar, boolean verplichteTekorten,
                  Map<String, Cel> cellen) {

    public Rij {
        cellen = Map.copyOf(cellen);
    }

    public Optional<Cel> cel(Kolom k) {
        return Optional.ofNullable(cellen.get(k.sleutel()));
    }
}
