package nl.galacheck.regio;

import java.time.LocalDate;
import java.util.List;

/**
 * An explanation in the region file (pas toe of leg uit): why the region does not meet one criterion for one
 * subject, until when it holds, and who of the other party accepted it. Loaders read; whether it is honoured
 * on a peildatum is decided by the engine ({@code toetsing.Toelichtingen}).
 *
 * @param criterium   the criterion id as written
 * @param gemeente    the municipality it is about, or null
 * @param ketenaanpak the ketenaanpak (canonical code), or null
 * @param onderdeel   the year, agreement or list element it is about (as the finding's subject names it), or null
 * @param geldigTot   the last day it holds
 * @param geaccepteerdDoor the acceptances by the other party, in file order (empty: not accepted)
 * @param herkomst    where it stands in the file ({@code toelichtingen[i]})
 * @param criteriumHerkomst where the criterion id stands, for messages about it
 */
public record Toelichting(String regio, String criterium, String gemeente, String ketenaanpak, String onderdeel,
                          String toelichting, LocalDate geldigTot, List<Acceptatie> geaccepteerdDoor, String bron,
                          Herkomst herkomst, Herkomst criteriumHerkomst) {

    /** One party's acceptance: {@code partij} is gemeenten or zorgverzekeraar. */
    public record Acceptatie(String partij, LocalDate datum, String bron, Herkomst herkomst) {
    }

    public Toelichting {
        geaccepteerdDoor = List.copyOf(geaccepteerdDoor);
    }
}
