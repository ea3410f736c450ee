package nl.galacheck.regio;

import java.time.LocalDate;

/**
 * What one municipality does for one ketenaanpak, from {@code gemeenten[].ketenaanpakken.<ketenaanpak>}.
 * Present for every municipality and all five ketenaanpakken.
 *
 * @param gestart   when the municipality started the ketenaanpak (K13a)
 * @param gepland   the start the regional phasing plans for it: the deadline of K13b, which has none of its own
 * @param toegangVia the municipality whose offer its inhabitants use (K13b), as a code in {@code waarde}
 */
public record GemeentelijkeKetenaanpak(String regio, String gemeente, String gemeenteNaam, String ketenaanpak,
                                       Herkomst herkomst,
                                       Feit gestart,
                                       LocalDate gepland,
                                       Feit lokalePlannen,
                                       Feit inkoopNietZvw,
                                       Feit eigenAanbod,
                                       Feit toegangVia,
                                       Feit toegankelijk,
                                       Feit monitoringAangeleverd) {

    /** "GM9901 Noordhaven", the way findings name a municipality. */
    public String label() {
        return gemeenteNaam == null ? gemeente : gemeente + " " + gemeenteNaam;
    }
}
