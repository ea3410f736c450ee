package nl.galacheck.rapport;

import java.util.Map;
import java.util.Optional;

import nl.galacheck.toetsing.Selectie;
import nl.galacheck.toetsing.Tijdlijn;
import nl.galacheck.toetsing.Toetsing;

/**
 * Everything a renderer presents: the toetsing (already narrowed to the selection), where it came from,
 * and per region its timeline when a format asked for one.
 *
 * @param selectie   the filters applied, so a report can say it is partial
 * @param tijdlijnen per region code; empty unless a renderer {@link Renderer#toontTijdlijn() shows one}
 */
public record Rapport(Toetsing toetsing, Verantwoording verantwoording, Selectie selectie, Map<String, Tijdlijn> tijdlijnen,
                      Weergave weergave) {

    public Rapport {
        tijdlijnen = Map.copyOf(tijdlijnen);
    }

    /** The same report for a file: colour is only for a terminal. */
    public Rapport zonderKleur() {
        return new Rapport(toetsing, verantwoording, selectie, tijdlijnen, new Weergave(false, weergave.volledig(), weergave.beknopt()));
    }

    public Optional<Tijdlijn> tijdlijn(String regiocode) {
        return Optional.ofNullable(tijdlijnen.get(regiocode));
    }
}
