package nl.galacheck.toetsing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.galacheck.regels.Catalogus;
import nl.galacheck.regels.Criterium;
import nl.galacheck.regels.LandelijkeVoorwaarde;
import nl.galacheck.regio.Gemeente;
import nl.galacheck.regio.GemeentelijkeKetenaanpak;
import nl.galacheck.regio.Regiobestand;
import nl.galacheck.regio.Toelichting;

/**
 * What the engine does with the rules' verdicts once the rules have judged the file's facts, in the order the
 * agreement's logic needs: first what the catalogue declares around a verdict ({@link Voorwaarden}), then the
 * region's explanations ({@link Toelichtingen}, pas toe of leg uit), then the derived verdicts ({@link Afgeleid})
 * over the result, which are weighed the same way. Plain Java after the session rather than rules that delete and
 * re-insert every verdict: the same outcome at a fraction of the cost.
 */
final class Afweging {

    private final Catalogus catalogus;
    private final Afgeleid afgeleid;
    private final Regiobestand bestand;
    private final List<LandelijkeVoorwaarde> landelijk;
    private final LocalDate peildatum;
    /** The file's municipalities and their ketenaanpakken by code, the first in file order (as the schema has one). */
    private final Map<String, Gemeente> gemeenten = new HashMap<>();
    private final Map<Map.Entry<String, String>, GemeentelijkeKetenaanpak> gemeentelijk = new HashMap<>();

    Afweging(Catalogus catalogus, Afgeleid afgeleid, Regiobestand bestand, List<LandelijkeVoorwaarde> landelijk, LocalDate peildatum) {
        this.catalogus = catalogus;
        this.afgeleid = afgeleid;
        this.bestand = bestand;
        this.landelijk = landelijk;
        this.peildatum = peildatum;
        bestand.gemeenten().forEach(g -> gemeenten.putIfAbsent(g.code(), g));
        bestand.gemeentelijkeKetenaanpakken().forEach(g -> gemeentelijk.putIfAbsent(Map.entry(g.gemeente(), g.ketenaanpak()), g));
    }

    /** The rules' verdicts weighed, followed by the derived verdicts; a verdict on an unknown criterion is left as is. */
    List<Oordeel> weeg(List<Oordeel> vanDeRegels) {
        List<Oordeel> gewogen = new ArrayList<>(vanDeRegels.size() + 8);
        vanDeRegels.forEach(o -> gewogen.add(weeg(o)));
        afgeleid.oordelen(bestand, gewogen, peildatum).forEach(o -> gewogen.add(weeg(o)));
        return gewogen;
    }

    private Oordeel weeg(Oordeel o) {
        Criterium c = catalogus.criterium(o.criterium()).orElse(null);
        if (c == null) {
            return o;
        }
        Oordeel gewogen = c.heeftVoorwaarden()
                ? Voorwaarden.pas(o, c, peildatum, o.onderwerp().gemeente() == null ? null : gemeenten.get(o.onderwerp().gemeente()),
                        o.onderwerp().gemeente() == null || o.onderwerp().ketenaanpak() == null ? null
                                : gemeentelijk.get(Map.entry(o.onderwerp().gemeente(), o.onderwerp().ketenaanpak())),
                        landelijk)
                : o;
        if (gewogen.uitkomst() != Uitkomst.NIET_VOLDAAN && gewogen.uitkomst() != Uitkomst.WORDT_NIET_VOLDAAN) {
            return gewogen;
        }
        // the first explanation in the file that is about this verdict; a later one about the same is reported stale
        for (Toelichting t : bestand.toelichtingen()) {
            if (Toelichtingen.past(t, gewogen.criterium(), gewogen.onderwerp())) {
                return Toelichtingen.pas(gewogen, c, t, peildatum);
            }
        }
        return gewogen;
    }
}
