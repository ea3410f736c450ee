package nl.galacheck.toetsing;

import java.time.LocalDate;
import java.util.List;

import nl.galacheck.regels.Criterium;
import nl.galacheck.regio.Herkomst;

/**
 * One finding: a criterion judged for one subject on the peildatum, with everything an auditor
 * needs to trace it.
 *
 * @param termijn           the deadline that applies (catalogue tijdpad or the subject's own), or null
 * @param datum             when it was met, if known
 * @param dagenTeLaat       met late: days after the deadline; not met: days overdue on the peildatum
 * @param dagenResterend    OPEN: days left until the deadline
 * @param termijnVerstreken the deadline lies before the peildatum
 * @param melding           plain Dutch: why this status
 * @param feiten            the facts it rests on (file:line:column and YAML path)
 * @param bewijs            evidence documents named in the file
 * @param herstel           what is needed ("wat is nodig"): the catalogue's, or for a blocked finding the national state
 */
public record Bevinding(Criterium criterium, Onderwerp onderwerp, Status status, LocalDate termijn, LocalDate datum,
                        Integer dagenTeLaat, Integer dagenResterend, boolean termijnVerstreken, String melding,
                        List<Herkomst> feiten, List<String> bewijs, String herstel) {

    /**
     * A verplicht criterion of the region not met after its deadline (or without one): what makes the
     * exit code 1. A national precondition that is missing is no regional gap.
     */
    public boolean isVerplichtTekort() {
        return criterium.isVerplicht() && !criterium.isLandelijk() && status == Status.NIET_VOLDAAN;
    }

    /** A verplicht criterion of the region the file says nothing about: a gap under {@code --streng}. */
    public boolean isVerplichtOnbekend() {
        return criterium.isVerplicht() && !criterium.isLandelijk() && status == Status.ONBEKEND;
    }
}
