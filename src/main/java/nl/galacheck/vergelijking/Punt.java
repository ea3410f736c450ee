package nl.galacheck.vergelijking;

import java.time.LocalDate;

import nl.galacheck.toetsing.Bevinding;
import nl.galacheck.toetsing.Onderwerp;
import nl.galacheck.toetsing.RegioToetsing;
import nl.galacheck.toetsing.Status;

/**
 * One finding as a comparison needs it, read from a toetsing or from a JSON report: what it is about,
 * its status and deadline. Identified within a region by criterion and subject ({@link #sleutel()}).
 *
 * @param ernst  verplicht, advies or signaal
 * @param partij who must act (landelijk: a national precondition, never a regional gap)
 */
public record Punt(String criterium, String titel, String ernst, String partij, Onderwerp onderwerp, Status status,
                   LocalDate termijn, Integer dagenTeLaat, Integer dagenResterend, boolean termijnVerstreken) {

    static Punt van(Bevinding b) {
        return new Punt(b.criterium().id(), b.criterium().titel(), b.criterium().ernst().label(), b.criterium().partij(),
                b.onderwerp(), b.status(), b.termijn(), b.dagenTeLaat(), b.dagenResterend(), b.termijnVerstreken());
    }

    /** Criterion and subject: the same finding in both assessments. */
    public String sleutel() {
        return criterium + " | " + onderwerp.sleutel();
    }

    /** A mandatory finding of the region itself: what the exit code of check and of vergelijk is about. */
    public boolean isVerplichtRegionaal() {
        return "verplicht".equals(ernst) && !"landelijk".equals(partij);
    }

    /** B0 and K00 sum up their parts; a comparison shows them apart, as the headline. */
    public boolean isAfgeleid() {
        return criterium.equals(RegioToetsing.INFRASTRUCTUUR) || criterium.equals(RegioToetsing.INGERICHT);
    }
}
