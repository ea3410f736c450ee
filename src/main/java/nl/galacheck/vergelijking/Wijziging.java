package nl.galacheck.vergelijking;

import java.util.Set;

import nl.galacheck.toetsing.Status;

/**
 * One finding whose status changed between two assessments (or that exists in only one of them).
 *
 * @param oud   the finding before; null when it is new
 * @param nieuw the finding after; null when it is gone
 */
public record Wijziging(Soort soort, Punt oud, Punt nieuw) {

    /** What happened, in the order a comparison lists it. */
    public enum Soort {
        /** Not met, open, unknown, blocked or explained before; met now. */
        GESLOTEN("gesloten"),
        /** Not met or open now, and it was not before (or did not exist). */
        GEOPEND("geopend"),
        /** Open before, not met now: the deadline passed; or a mandatory one still unknown while its deadline passed. */
        TE_LAAT("te laat geworden"),
        /** Any other change of status. */
        GEWIJZIGD("status gewijzigd"),
        /** Only in the newer assessment, and not a gap. */
        NIEUW("nieuw"),
        /** Only in the older assessment. */
        VERVALLEN("vervallen");

        private final String label;

        Soort(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final Set<Status> TEKORT = Set.of(Status.NIET_VOLDAAN, Status.OPEN);

    /** The finding as it is now, or as it was when it is gone: for its criterion, title and subject. */
    public Punt punt() {
        return nieuw != null ? nieuw : oud;
    }

    /** Null when there is no change worth listing. */
    static Wijziging van(Punt oud, Punt nieuw) {
        if (oud == null) {
            return new Wijziging(TEKORT.contains(nieuw.status()) ? Soort.GEOPEND : Soort.NIEUW, null, nieuw);
        }
        if (nieuw == null) {
            return new Wijziging(Soort.VERVALLEN, oud, null);
        }
        if (oud.status() == nieuw.status()) {
            // a mandatory duty the file is still silent about whose deadline passed: late, unnoticed; silent advice never is
            boolean ongemerktVerstreken = nieuw.status() == Status.ONBEKEND && nieuw.termijnVerstreken() && !oud.termijnVerstreken()
                    && "verplicht".equals(nieuw.ernst());
            return ongemerktVerstreken ? new Wijziging(Soort.TE_LAAT, oud, nieuw) : null;
        }
        if (nieuw.status() == Status.VOLDAAN) {
            return new Wijziging(Soort.GESLOTEN, oud, nieuw);
        }
        if (oud.status() == Status.OPEN && nieuw.status() == Status.NIET_VOLDAAN) {
            return new Wijziging(Soort.TE_LAAT, oud, nieuw);
        }
        if (TEKORT.contains(nieuw.status()) && !TEKORT.contains(oud.status())) {
            return new Wijziging(Soort.GEOPEND, oud, nieuw);
        }
        return new Wijziging(Soort.GEWIJZIGD, oud, nieuw);
    }

    /**
     * A mandatory regional finding that got worse: further from met than before (a new one only when it is
     * not met). What makes {@code vergelijk} exit 1, so CI fails when a region slides back.
     */
    public boolean isVerslechtering() {
        Punt p = punt();
        if (!p.isVerplichtRegionaal() || nieuw == null) {
            return false;
        }
        if (oud == null) {
            return nieuw.status() == Status.NIET_VOLDAAN;
        }
        return ernst(nieuw.status()) > ernst(oud.status());
    }

    /** How far from met: met or not applicable, explained or blocked nationally, open or unknown, not met. */
    static int ernst(Status s) {
        return switch (s) {
            case VOLDAAN, NIET_VAN_TOEPASSING -> 0;
            case TOEGELICHT, GEBLOKKEERD_LANDELIJK -> 1;
            case OPEN, ONBEKEND -> 2;
            case NIET_VOLDAAN -> 3;
        };
    }
}
