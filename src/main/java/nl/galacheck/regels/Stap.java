package nl.galacheck.regels;

import nl.galacheck.regio.Feit;
import nl.galacheck.regio.GemeentelijkeKetenaanpak;
import nl.galacheck.regio.Ketenaanpakafspraken;

/**
 * What makes a catalogue criterion a process step of the RIVM monitor (groep STAP): where its fact
 * stands in the region file and the national figure to compare with.
 *
 * @param sleutel     the key under {@code stappen} of the ketenaanpak block
 * @param niveau      gemeente (per municipality) or regio (agreements with the insurer, R:1055)
 * @param referentie  the national reference, e.g. "landelijk 61% van de gestarte gemeenten (RIVM 2026)"
 * @param zelfdeFeitAls the GALA criterion whose fact the step reads instead of a key of its own, if any
 * @param feit        where that fact stands (with {@code zelfdeFeitAls}), e.g. ketenaanpak.samenwerkingsafspraken; else null
 * @param cijfer      the same reference as figures (percentage, count and basis N), for comparisons; may be null
 * @param opmerking   a remark on the figure (e.g. where the table's percentage and aantal/basis differ); may be null
 * @param geholpenIndicator the step the RIVM reads as a sign that people are being helped (RIVM 2026-0060, r. 1051, voetnoot 17)
 */
public record Stap(String sleutel, String niveau, String referentie, String zelfdeFeitAls, Feitverwijzing feit, Referentie cijfer,
                   String opmerking, boolean geholpenIndicator) {

    /** The step's fact for a municipality: its key under {@code stappen}, or the shared fact ({@link #feit()}). */
    public Feit in(GemeentelijkeKetenaanpak g) {
        return feit == null ? g.stap(sleutel) : feit.lees(g);
    }

    /** The step's fact for the region: its key under {@code stappen}, or the shared fact ({@link #feit()}). */
    public Feit in(Ketenaanpakafspraken k) {
        return feit == null ? k.stap(sleutel) : feit.lees(k);
    }

    public boolean isRegionaal() {
        return "regio".equals(niveau);
    }
}
