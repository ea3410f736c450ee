package nl.galacheck.invoer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.galacheck.regio.Feit;
import nl.galacheck.regio.Ketenaanpak;
import nl.galacheck.regio.Regioplan;
import nl.galacheck.regio.Uitvoeringsafspraak;

/** Reads {@code regioplan} (bouwsteen 4, GALA §3G-I.4): adoption, its parts A–I, and the progress of each agreement. */
final class RegioplanLezer {

    private final String regiocode;
    private final List<Invoerfout> fouten;

    RegioplanLezer(String regiocode, List<Invoerfout> fouten) {
        this.regiocode = regiocode;
        this.fouten = fouten;
    }

    Regioplan lees(MapLezer m, List<Uitvoeringsafspraak> uitvoering) {
        Feit vastgesteld = m.bewijs("vastgesteld");
        Feit partijen = m.lijst("partijen", Woorden::partij);
        Feit ggd = m.bewijs("ggd_betrokken");
        Feit gepubliceerd = m.bewijs("gepubliceerd");
        MapLezer o = m.map("onderdelen");
        Feit doelen = bewijsOfLijst(o, "gezondheidsdoelen");
        Feit risicogroepen = bewijsOfLijst(o, "risicogroepen");
        Feit ketenaanpakken = o.lijst("ketenaanpakken", this::ketenaanpak);
        Feit regionaalLokaal = bewijsOfLijst(o, "regionaal_lokaal");
        Feit verantwoordelijkheden = bewijsOfLijst(o, "verantwoordelijkheden");
        Feit uitvoeringsafspraken = bewijsOfLijst(o, "uitvoeringsafspraken");
        Feit coordinatie = bewijsOfLijst(o, "coordinatie");
        Feit evaluatie = bewijsOfLijst(o, "evaluatie");
        Feit financien = bewijsOfLijst(o, "financien");
        o.sluit();
        Feit uitvoeringFeit = m.aanwezigheid("uitvoering");
        List<MapLezer> afspraken = m.lijstVanObjecten("uitvoering");
        Map<String, Integer> namen = new HashMap<>();
        for (MapLezer a : afspraken == null ? List.<MapLezer>of() : afspraken) {
            String naam = a.verplichteTekst("afspraak", "de naam van de afspraak uit het regioplan");
            Integer eerder = naam == null ? null : namen.putIfAbsent(naam, a.herkomst().regel());
            if (eerder != null) {
                a.fout(a.herkomst(), "afspraak '" + naam + "' staat twee keer in de uitvoering (eerder op regel " + eerder + ")",
                        "elke afspraak één keer");
            }
            Feit voortgang = a.keuze("status", Formaatwoorden.VOORTGANG);
            Feit afgerond = a.bewijs("afgerond");
            if (voortgang.isJa() && !voortgang.waarde().equals("afgerond") && afgerond.isJa()) {
                a.fout(afgerond.herkomst(), "'afgerond' bij een afspraak met status " + voortgang.waarde(), "status: afgerond, of geen 'afgerond'");
            }
            Uitvoeringsafspraak u = new Uitvoeringsafspraak(regiocode, naam == null ? "?" : naam, a.herkomst(),
                    a.datum("deadline"), voortgang, afgerond);
            a.tekst("bron");
            a.tekst("toelichting");
            a.sluit();
            uitvoering.add(u);
        }
        m.sluit();
        return new Regioplan(regiocode, m.herkomst(), vastgesteld, partijen, ggd, gepubliceerd, doelen,
                risicogroepen, ketenaanpakken, regionaalLokaal, verantwoordelijkheden, uitvoeringsafspraken,
                coordinatie, evaluatie, financien, uitvoeringFeit);
    }

    /** A regioplan part may be evidence ({bron: …}) or a list of what it contains. */
    private static Feit bewijsOfLijst(MapLezer m, String sleutel) {
        if (m.isLijst(sleutel)) {
            Feit lijst = m.lijst(sleutel);
            return lijst.elementen().isEmpty()
                    ? new Feit(lijst.herkomst(), Feit.Stand.NEE, null, null, null, null, List.of()) : lijst;
        }
        return m.bewijs(sleutel);
    }

    private MapLezer.YamlWaarde ketenaanpak(MapLezer.YamlWaarde w) {
        return Ketenaanpak.metNaam(w.tekst())
                .map(k -> new MapLezer.YamlWaarde(k.code(), w.herkomst()))
                .orElseGet(() -> {
                    fouten.add(Invoerfout.bij(w.herkomst(), "onbekende ketenaanpak '" + w.tekst() + "'"
                                    + Levenshtein.suggestie(w.tekst(), Ketenaanpak.alleNamen()),
                            "een van: " + String.join(", ", Ketenaanpak.alleNamen()), null));
                    return null;
                });
    }
}
