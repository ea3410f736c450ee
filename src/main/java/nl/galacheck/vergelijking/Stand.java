package nl.galacheck.vergelijking;

import java.time.LocalDate;
import java.util.List;

import nl.galacheck.regio.Regio;
import nl.galacheck.toetsing.RegioToetsing;
import nl.galacheck.toetsing.Toetsing;

/**
 * One side of a comparison: the findings of one assessment with where they came from (a JSON report, or
 * region files judged on a peildatum) and the rule fingerprint they were made with.
 *
 * @param herkomst     the JSON report's file name, or "peildatum 2024-01-01"
 * @param regelsSha256 the rule set's SHA-256 (provenance of the report)
 */
public record Stand(String herkomst, LocalDate peildatum, String versie, String regels, String regelsSha256,
                    List<RegioStand> regios) {

    /** One region's findings, in report order. */
    public record RegioStand(String code, String naam, String bestand, List<Punt> punten) {

        public RegioStand {
            punten = List.copyOf(punten);
        }
    }

    public Stand {
        regios = List.copyOf(regios);
    }

    /** A toetsing just made, with the version and rule fingerprint its report would carry. */
    public static Stand van(Toetsing t, String herkomst, String versie, String regelsSha256) {
        return new Stand(herkomst, t.peildatum(), versie, t.regels(), regelsSha256,
                t.regios().stream().map(Stand::regio).toList());
    }

    private static RegioStand regio(RegioToetsing r) {
        Regio regio = r.regio();
        return new RegioStand(regio.code(), regio.naam(), regio.bestand(), r.bevindingen().stream().map(Punt::van).toList());
    }
}
