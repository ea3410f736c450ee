package nl.galacheck.invoer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.galacheck.regio.Feit;
import nl.galacheck.regio.Gemeente;
import nl.galacheck.regio.Ketenaanpak;
import nl.galacheck.regio.Toelichting;
import nl.galacheck.regio.Uitvoeringsafspraak;

/**
 * Reads {@code toelichtingen} (pas toe of leg uit, README "Toelichtingen"): per explanation the criterion, the subject,
 * the text, until when it holds and who accepted it. Whether the criterion exists and may be explained is checked
 * against the catalogue later ({@code toetsing.Toelichtingen#controleer}); this reader checks the form and the
 * references within the file.
 */
final class ToelichtingLezer {

    private final String regiocode;
    private final List<Invoerfout> fouten;

    ToelichtingLezer(String regiocode, List<Invoerfout> fouten) {
        this.regiocode = regiocode;
        this.fouten = fouten;
    }

    List<Toelichting> lees(MapLezer wortel, List<Gemeente> gemeenten, List<Uitvoeringsafspraak> uitvoering) {
        List<MapLezer> lezers = wortel.lijstVanObjecten("toelichtingen");
        List<Toelichting> toelichtingen = new ArrayList<>();
        if (lezers == null) {
            return toelichtingen;
        }
        for (MapLezer m : lezers) {
            Feit criterium = m.tekst("criterium");
            if (criterium.isAfwezig() || criterium.waarde() == null) {
                m.fout(criterium.herkomst(), "verplichte sleutel 'criterium' ontbreekt", "het id van het criterium, bijvoorbeeld B1.5");
            }
            MapLezer o = m.map("onderwerp");
            String gemeente = gemeente(o, gemeenten);
            String ketenaanpak = ketenaanpak(o);
            String onderdeel = onderdeel(o, uitvoering);
            o.sluit();
            String tekst = m.verplichteTekst("toelichting", "waarom de regio hier afwijkt, in een paar zinnen");
            LocalDate geldigTot = m.datum("geldig_tot");
            if (geldigTot == null && !m.heeft("geldig_tot")) {
                m.fout(m.herkomst().ontbrekend("geldig_tot"), "verplichte sleutel 'geldig_tot' ontbreekt",
                        "de laatste dag waarop de toelichting geldt (JJJJ-MM-DD); een toelichting geldt nooit onbeperkt");
            }
            List<Toelichting.Acceptatie> acceptaties = acceptaties(m);
            String bron = m.tekst("bron").waarde();
            m.sluit();
            if (criterium.waarde() != null && tekst != null && geldigTot != null) {
                toelichtingen.add(new Toelichting(regiocode, criterium.waarde().trim(), gemeente, ketenaanpak, onderdeel, tekst,
                        geldigTot, acceptaties, bron, m.herkomst(), criterium.herkomst()));
            }
        }
        return toelichtingen;
    }

    private String gemeente(MapLezer o, List<Gemeente> gemeenten) {
        Feit g = o.gemeentecode("gemeente");
        if (g.isJa() && gemeenten.stream().noneMatch(x -> x.code().equals(g.waarde()))) {
            o.fout(g.herkomst(), "gemeente " + g.waarde() + " hoort niet bij deze regio", "een gemeente uit `gemeenten`");
            return null;
        }
        return g.isJa() ? g.waarde() : null;
    }

    private String ketenaanpak(MapLezer o) {
        Feit k = o.tekst("ketenaanpak");
        if (!k.isJa()) {
            return null;
        }
        var naam = Ketenaanpak.metNaam(k.waarde());
        if (naam.isEmpty()) {
            List<String> namen = java.util.Arrays.stream(Ketenaanpak.values()).map(Ketenaanpak::code).toList();
            o.fout(k.herkomst(), "onbekende ketenaanpak '" + k.waarde() + "'" + Levenshtein.suggestie(k.waarde(), namen),
                    "een van: " + String.join(", ", namen));
            return null;
        }
        return naam.get().code();
    }

    /** The year, the agreement (by name, from {@code regioplan.uitvoering}) or a list element: at most one. */
    private String onderdeel(MapLezer o, List<Uitvoeringsafspraak> uitvoering) {
        List<String> gegeven = new ArrayList<>();
        Integer jaar = o.geheelGetal("jaar");
        if (jaar != null) {
            gegeven.add(String.valueOf(jaar));
        }
        Feit afspraak = o.tekst("afspraak");
        if (afspraak.isJa()) {
            if (uitvoering.stream().noneMatch(u -> afspraak.waarde().equals(u.afspraak()))) {
                o.fout(afspraak.herkomst(), "afspraak '" + afspraak.waarde() + "' staat niet in regioplan.uitvoering"
                        + Levenshtein.suggestie(afspraak.waarde(), uitvoering.stream().map(Uitvoeringsafspraak::afspraak).toList()),
                        "de naam van een afspraak uit regioplan.uitvoering");
            } else {
                gegeven.add(afspraak.waarde());
            }
        }
        Feit onderdeel = o.tekst("onderdeel");
        if (onderdeel.isJa()) {
            gegeven.add(onderdeel.waarde());
        }
        if (gegeven.size() > 1) {
            o.fout(o.herkomst(), "jaar, afspraak en onderdeel sluiten elkaar uit", "één ervan (of geen)");
        }
        return gegeven.isEmpty() ? null : gegeven.get(0);
    }

    private List<Toelichting.Acceptatie> acceptaties(MapLezer m) {
        List<MapLezer> lezers;
        if (m.isObject("geaccepteerd_door")) {
            lezers = List.of(m.map("geaccepteerd_door"));
        } else {
            lezers = m.lijstVanObjecten("geaccepteerd_door");
        }
        List<Toelichting.Acceptatie> acceptaties = new ArrayList<>();
        if (lezers == null) {
            return acceptaties;
        }
        for (MapLezer a : lezers) {
            Feit partij = a.keuze("partij", Formaatwoorden.ACCEPTERENDE_PARTIJEN);
            if (partij.isAfwezig() && !partij.herkomst().aanwezig()) {
                a.fout(partij.herkomst(), "verplichte sleutel 'partij' ontbreekt", "gemeenten of zorgverzekeraar");
            }
            LocalDate datum = a.datum("datum");
            if (datum == null && !a.heeft("datum")) {
                a.fout(a.herkomst().ontbrekend("datum"), "verplichte sleutel 'datum' ontbreekt", "de dag van de acceptatie (JJJJ-MM-DD)");
            }
            String bron = a.tekst("bron").waarde();
            a.sluit();
            if (partij.isJa() && datum != null) {
                acceptaties.add(new Toelichting.Acceptatie(partij.waarde(), datum, bron, a.herkomst()));
            }
        }
        return acceptaties;
    }
}
