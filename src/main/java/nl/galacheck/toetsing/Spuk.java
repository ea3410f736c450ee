package nl.galacheck.toetsing;

import java.util.List;

import nl.galacheck.regels.Toepassing;
import nl.galacheck.regio.Feit;

/**
 * What a municipality's {@code spuk_onderdelen} say: which SPUK parts it applied for and in which
 * years. The SPUK commitment holds only for the parts applied for (GALA §4A, r. 2401–2404); a plain
 * part means "requested in every year it existed", {@code {onderdeel, jaren}} names the years.
 */
public final class Spuk {

    private Spuk() {
    }

    /** Whether {@code spuk} (present) names {@code onderdeel}; {@link Toepassing#ELK}: any part at all. */
    public static boolean aangevraagd(Feit spuk, String onderdeel) {
        if (!spuk.isJa()) {
            return false;
        }
        return Toepassing.ELK.equals(onderdeel) ? !spuk.elementen().isEmpty() : spuk.bevat(onderdeel);
    }

    /** The years {@code onderdeel} was requested in; empty when the file names none (every year it existed). */
    public static List<Integer> jaren(Feit spuk, String onderdeel) {
        if (Toepassing.ELK.equals(onderdeel) || !spuk.bevat(onderdeel)) {
            return List.of();
        }
        return spuk.element(onderdeel).elementen().stream().map(f -> Integer.parseInt(f.waarde())).sorted().toList();
    }

    /** The reason a criterion does not apply: {@code spuk} (the parts applied for) does not name {@code onderdeel}. */
    public static String nietAangevraagd(Feit spuk, String onderdeel) {
        if (Toepassing.ELK.equals(onderdeel)) {
            return "`" + spuk.pad() + "` is leeg: de gemeente vraagt geen SPUK aan";
        }
        return "`" + spuk.pad() + "` noemt " + onderdeel + " niet"
                + (spuk.elementen().isEmpty() ? " (geen SPUK aangevraagd)" : "")
                + ": de gemeente heeft dit SPUK-onderdeel niet aangevraagd (GALA §4A), de bestedingsdoelen binden haar niet";
    }

    /** With the parts applied for unknown, the criterion is judged as if applied for, and the finding says so. */
    public static Oordeel onbekendGetoetst(Oordeel o, Feit spuk, String onderdeel) {
        if (!spuk.isAfwezig() || o.reden().contains("`" + spuk.pad() + "`")) {
            return o;
        }
        String wat = Toepassing.ELK.equals(onderdeel) ? "of de gemeente SPUK aanvraagt"
                : "of de gemeente het SPUK-onderdeel " + onderdeel + " heeft aangevraagd";
        return o.metReden(o.reden() + "; let op: `" + spuk.pad() + "` ontbreekt, dus " + wat + " is onbekend: getoetst alsof dat zo is");
    }
}
