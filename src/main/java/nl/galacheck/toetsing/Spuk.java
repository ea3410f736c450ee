package nl.galacheck.toetsing;

import nl.galacheck.regio.Feit;

/**
 * Whether a SPUK spending criterion binds a municipality: the SPUK commitment holds only for the parts it
 * applied for (GALA §4A, r. 2401–2404). Shared by the ketenaanpak rules that have {@code van_toepassing}.
 */
public final class Spuk {

    private Spuk() {
    }

    /** The reason a criterion does not apply: {@code spuk} (the parts applied for) does not name {@code onderdeel}. */
    public static String nietAangevraagd(Feit spuk, String onderdeel) {
        return "`" + spuk.pad() + "` noemt " + onderdeel + " niet"
                + (spuk.elementen().isEmpty() ? " (geen SPUK aangevraagd)" : "")
                + ": de gemeente heeft dit SPUK-onderdeel niet aangevraagd (GALA §4A), de bestedingsdoelen binden haar niet";
    }

    /** With the parts applied for unknown, the criterion is judged as if applied for, and the finding says so. */
    public static Oordeel onbekendGetoetst(Oordeel o, Feit spuk, String onderdeel) {
        if (!spuk.isAfwezig()) {
            return o;
        }
        return o.metReden(o.reden() + "; let op: `" + spuk.pad() + "` ontbreekt, dus of de gemeente het SPUK-onderdeel "
                + onderdeel + " heeft aangevraagd is onbekend: getoetst alsof dat zo is");
    }
}
