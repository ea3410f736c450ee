package nl.galacheck.overzicht;

import nl.galacheck.regels.Criterium;

/**
 * One column of the region × criterion matrix: a criterion, for one ketenaanpak when it is judged per
 * ketenaanpak. A per-gemeente criterion is aggregated over the region's municipalities ("7/9").
 *
 * @param blok        the group of columns it is shown in: "bouwstenen" or a ketenaanpak code
 * @param ketenaanpak the ketenaanpak the findings must be about, or null
 */
public record Kolom(Criterium criterium, String blok, String ketenaanpak) {

    public static final String BOUWSTENEN = "bouwstenen";

    /** Unique within an overview: "B1.7", "K09@gli". */
    public String sleutel() {
        return ketenaanpak == null ? criterium.id() : criterium.id() + "@" + ketenaanpak;
    }

    public String id() {
        return criterium.id();
    }

    /** Judged per municipality, so a cell counts municipalities. */
    public boolean perGemeente() {
        return criterium.scope().equals("gemeente") || criterium.scope().equals("ketenaanpak-gemeente");
    }

    /** What a count in this column counts: "gemeenten" or "regio's". */
    public String eenheid() {
        return perGemeente() ? "gemeenten" : "regio's";
    }
}
