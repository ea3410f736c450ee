package nl.galacheck.invoer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.galacheck.regio.Bereik;
import nl.galacheck.regio.Feit;
import nl.galacheck.regio.Gemeente;
import nl.galacheck.regio.GemeentelijkeKetenaanpak;
import nl.galacheck.regio.Herkomst;
import nl.galacheck.regio.Ketenaanpak;
import nl.galacheck.regio.Ketenaanpakafspraken;

/**
 * Reads the ketenaanpak part of a region file (GALA §3G onderdeel II): per ketenaanpak the regional
 * agreements and what each municipality does, with the ketenaanpak-specific keys and the RIVM steps.
 * Every ketenaanpak gets its facts, absent when the file does not mention it.
 */
final class KetenaanpakLezer {

    /** The RIVM process steps per ketenaanpak at gemeente level: the keys of {@code stappen} (format: README). */
    static final Map<Ketenaanpak, List<String>> STAPPEN_GEMEENTE = Map.of(
            Ketenaanpak.GLI, List.of("bestuurlijk-draagvlak", "afspraken-gli-aanbieders", "afspraken-welzijn", "coordinator", "stakeholderanalyse", "overzicht-ondersteunend-aanbod", "overzicht-beweegaanbod", "netwerk-eerstelijn", "netwerk-sociaal", "basismodel-gestart", "czc-afgesproken", "opschalen"),
            Ketenaanpak.KANSRIJKE_START, List.of("bestuurlijk-draagvlak", "doelstellingen", "afspraken-ervaringsdeskundigen", "afspraken-medisch", "afspraken-sociaal", "plan-van-aanpak", "coordinator", "overzicht-aanbod", "aanbod-passend", "opschalen", "voortzetting"),
            Ketenaanpak.OVERGEWICHT_KINDEREN, List.of("bestuurlijk-draagvlak", "afspraken-zorgaanbieders", "afspraken-sociaal", "projectplan", "coordinator", "czv-opgeleid", "afspraken-doorverwijzing", "begeleiding-gestart", "czv-verwijst-door", "monitoringplan", "opschalen"),
            Ketenaanpak.VALPREVENTIE, List.of("bestuurlijk-draagvlak", "signalering-zorg", "signalering-welzijn", "screening", "verwijzing-gemeente", "verwijzing-zorgdomein", "structureel-beweegaanbod", "coordinator", "opschalen"),
            Ketenaanpak.WELZIJN_OP_RECEPT, List.of("bestuurlijk-draagvlak", "afspraken-zorgaanbieders", "afspraken-welzijn", "coordinator", "brugfunctie", "sociale-kaart", "sleutelfiguren", "doorverwijzing-gestart", "opschalen"));

    /** The RIVM process steps per ketenaanpak at regio level: the keys of {@code stappen} (format: README). */
    static final Map<Ketenaanpak, List<String>> STAPPEN_REGIO = Map.of(
            Ketenaanpak.GLI, List.of("financiering-zv", "overeenkomst-zv", "zv-afspraken-zorg-hulpverleners", "zv-afspraken-gemeente", "zv-aanbod"),
            Ketenaanpak.KANSRIJKE_START, List.of("financiering-zv", "overeenkomst-zv", "zv-afspraken-zorg-hulpverleners", "zv-afspraken-gemeente", "zv-aanbod"),
            Ketenaanpak.OVERGEWICHT_KINDEREN, List.of("financiering-zv", "overeenkomst-zv", "overeenkomst-projectplan", "zv-afspraken-zorg-hulpverleners", "zv-afspraken-gemeente", "zv-aanbod"),
            Ketenaanpak.VALPREVENTIE, List.of("financiering-zv", "zv-afspraken-zorg-hulpverleners", "zv-afspraken-gemeente", "zv-aanbod"),
            Ketenaanpak.WELZIJN_OP_RECEPT, List.of("financiering-zv", "overeenkomst-zv", "zv-afspraken-zorg-hulpverleners", "zv-afspraken-gemeente", "zv-aanbod"));

    private final String regiocode;
    private final List<Invoerfout> fouten;

    KetenaanpakLezer(String regiocode, List<Invoerfout> fouten) {
        this.regiocode = regiocode;
        this.fouten = fouten;
    }

    /** The regional part of each ketenaanpak (GALA §3G-II); one not in the file has only absent facts. */
    List<Ketenaanpakafspraken> regionaal(MapLezer blok, List<Gemeente> gemeenten) {
        Map<String, MapLezer> perNaam = perNaam(blok);
        Set<String> codes = new java.util.HashSet<>();
        gemeenten.forEach(g -> codes.add(g.code()));
        List<Ketenaanpakafspraken> resultaat = new ArrayList<>();
        for (Ketenaanpak k : Ketenaanpak.values()) {
            MapLezer m = perNaam.getOrDefault(k.code(), MapLezer.afwezig(blok.herkomst().ontbrekend(k.code()), fouten));
            MapLezer.Bewijs samenwerking = m.bewijsObject("samenwerkingsafspraken");
            Feit startend = samenwerking.velden().lijst("startende_gemeenten",
                    w -> Verwijzingen.gemeenteVanDeRegio(w, codes, "startende gemeente", fouten));
            Feit partijen = samenwerking.velden().lijst("partijen", Woorden::partij);
            Feit basis = samenwerking.velden().tekst("basis");
            samenwerking.velden().sluit();
            MapLezer.Bewijs inkoopbeleid = m.bewijsObject("inkoopbeleid_zorgverzekeraar");
            Feit vertaald = inkoopbeleid.velden().bewijs("regionale_afspraken_vertaald");
            inkoopbeleid.velden().sluit();
            Map<String, Feit> specifiek = new java.util.LinkedHashMap<>();
            switch (k) {
                case GLI -> specifiek.put("verwijzers_geinformeerd", m.bewijs("verwijzers_geinformeerd"));
                case OVERGEWICHT_KINDEREN -> {
                    specifiek.put("jgz_betrokken", m.bewijs("jgz_betrokken"));
                    specifiek.put("kwaliteitsafspraken", m.bewijs("kwaliteitsafspraken"));
                }
                case VALPREVENTIE -> {
                    specifiek.put("doelgroep", m.bewijs("doelgroep"));
                    specifiek.put("inkoop_beweeginterventies", m.bewijs("inkoop_beweeginterventies"));
                    specifiek.put("afspraken_valanalyse", m.bewijs("afspraken_valanalyse"));
                }
                case KANSRIJKE_START -> {
                    MapLezer.Bewijs regionaal = m.bewijsObject("regionale_afspraken");
                    specifiek.put("regionale_afspraken", regionaal.feit());
                    specifiek.put("regionale_afspraken.partijen", regionaal.velden().lijst("partijen", Woorden::partij));
                    regionaal.velden().sluit();
                }
                case WELZIJN_OP_RECEPT -> { }
            }
            Map<String, Feit> stappen = stappen(m, STAPPEN_REGIO.get(k));
            resultaat.add(new Ketenaanpakafspraken(regiocode, k.code(), m.herkomst(),
                    m.bewijs("taken_verantwoordelijkheden"), m.bewijs("inkoopbeleid_afgestemd"), samenwerking.feit(),
                    startend, partijen, basis, inkoopbeleid.feit(), vertaald, m.bewijs("inkoop_zvw"),
                    m.bewijs("contracten_verwijzen"), m.bewijs("polisvoorwaarden"), m.jaren("monitoring_zorgverzekeraar"),
                    specifiek, stappen));
            m.sluit();
        }
        blok.sluit();
        return resultaat;
    }

    /** What one municipality does per ketenaanpak; one not in the file has only absent facts. */
    List<GemeentelijkeKetenaanpak> gemeentelijk(MapLezer blok, String gemeente, String naam) {
        Map<String, MapLezer> perNaam = perNaam(blok);
        List<GemeentelijkeKetenaanpak> resultaat = new ArrayList<>();
        for (Ketenaanpak k : Ketenaanpak.values()) {
            MapLezer m = perNaam.getOrDefault(k.code(), MapLezer.afwezig(blok.herkomst().ontbrekend(k.code()), fouten));
            Feit toegang;
            if (m.isObject("toegang_via")) {
                MapLezer t = m.map("toegang_via");
                Feit doel = t.gemeentecode("gemeente");
                toegang = doel.isJa() ? new Feit(t.herkomst(), Feit.Stand.JA, t.datum("datum"), doel.waarde(),
                        t.tekst("bron").waarde(), t.tekst("toelichting").waarde(), List.of()) : doel;
                t.sluit();
            } else {
                toegang = m.gemeentecode("toegang_via");
            }
            if (toegang.isJa() && gemeente.equals(toegang.waarde())) {
                m.fout(toegang.herkomst(), "toegang via de gemeente zelf", "een andere gemeente, of `eigen_aanbod`");
            }
            Map<String, Feit> specifiek = new java.util.LinkedHashMap<>();
            List<Bereik> bereik = new ArrayList<>();
            gemeentelijkSpecifiek(k, m, specifiek, bereik);
            Map<String, Feit> stappen = stappen(m, STAPPEN_GEMEENTE.get(k));
            resultaat.add(new GemeentelijkeKetenaanpak(regiocode, gemeente, naam, k.code(), m.herkomst(), m.bewijs("gestart"),
                    m.datum("gepland"), m.bewijs("lokale_plannen"), m.bewijs("inkoop_niet_zvw"), m.bewijs("eigen_aanbod"), toegang,
                    m.bewijs("toegankelijk"), m.jaren("monitoring_aangeleverd"), specifiek, bereik, stappen));
            m.sluit();
        }
        blok.sluit();
        return resultaat;
    }

    /**
     * The ketenaanpakken of a region or municipality by code, in file order: a name not known, or two names
     * for the same ketenaanpak, is reported.
     */
    private Map<String, MapLezer> perNaam(MapLezer blok) {
        Map<String, MapLezer> resultaat = new java.util.LinkedHashMap<>();
        Map<String, String> gezien = new HashMap<>();
        for (Map.Entry<String, YamlKnoop> e : blok.alleVelden().entrySet()) {
            Herkomst h = e.getValue().herkomst();
            java.util.Optional<String> naam = Ketenaanpak.metNaam(e.getKey()).map(Ketenaanpak::code);
            if (naam.isEmpty()) {
                fouten.add(Invoerfout.bij(h, "onbekende ketenaanpak '" + e.getKey() + "'" + Levenshtein.suggestie(e.getKey(), Ketenaanpak.alleNamen()),
                        "een van: " + String.join(", ", Ketenaanpak.alleNamen()), null));
                continue;
            }
            String eerder = gezien.putIfAbsent(naam.get(), e.getKey());
            if (eerder != null) {
                fouten.add(Invoerfout.bij(h, "'" + e.getKey() + "' is dezelfde ketenaanpak als '" + eerder + "'", "elke ketenaanpak één keer", null));
                continue;
            }
            resultaat.put(naam.get(), MapLezer.van(e.getValue(), fouten));
        }
        return resultaat;
    }

    /**
     * The process steps of one ketenaanpak block. A step that is the same fact as a GALA criterion
     * (the agreements with the insurer: K09; the centrale zorgverlener: OK.5) is given under that
     * criterion's key, once; any other key is reported with the allowed ones.
     */
    private Map<String, Feit> stappen(MapLezer blok, List<String> sleutels) {
        MapLezer m = blok.map("stappen");
        Map<String, Feit> stappen = new java.util.LinkedHashMap<>();
        for (String sleutel : sleutels) {
            stappen.put(sleutel, m.bewijs(sleutel));
        }
        m.sluit();
        return stappen;
    }

    /** The ketenaanpak-specific keys of a municipality (GALA §3G-II and §3A/§3D; format: README). */
    private void gemeentelijkSpecifiek(Ketenaanpak k, MapLezer m, Map<String, Feit> specifiek, List<Bereik> bereik) {
        switch (k) {
            case GLI -> {
                MapLezer.Bewijs coordinatie = m.bewijsObject("spuk_coordinatie");
                specifiek.put("spuk_coordinatie", coordinatie.feit());
                specifiek.put("spuk_coordinatie.met", coordinatie.velden().lijst("met", w -> keuze(w, Formaatwoorden.GLI_MET)));
                coordinatie.velden().sluit();
                Integer aantal = m.geheelGetal("gecontracteerde_aanbieders");
                specifiek.put("gecontracteerde_aanbieders", aantal == null
                        ? Feit.afwezig(m.herkomst().ontbrekend("gecontracteerde_aanbieders"))
                        // the number as written, at its own place; whether it is enough is GLI.2's to decide
                        : new Feit(m.tekst("gecontracteerde_aanbieders").herkomst(), Feit.Stand.JA,
                                null, String.valueOf(aantal), null, null, List.of()));
            }
            case OVERGEWICHT_KINDEREN -> {
                for (String sleutel : List.of("landelijk_model", "centrale_zorgverlener", "monitoring_evaluatie", "netwerkaanpak")) {
                    specifiek.put(sleutel, m.bewijs(sleutel));
                }
                specifiek.put("aanvullend_aanbod", m.bewijs("aanvullend_aanbod", "niet-nodig"));
                specifiek.put("aanbod", m.lijst("aanbod", w -> keuze(w, Formaatwoorden.OK_AANBOD)));
            }
            case WELZIJN_OP_RECEPT -> specifiek.put("spuk_inzet", m.lijst("spuk_inzet", w -> keuze(w, Formaatwoorden.SV_SPUK_INZET)));
            case VALPREVENTIE -> {
                specifiek.put("componenten", m.lijst("componenten", w -> keuze(w, Formaatwoorden.VP_COMPONENTEN)));
                specifiek.put("bereik", m.aanwezigheid("bereik"));
                List<MapLezer> jaren = m.lijstVanObjecten("bereik");
                for (MapLezer j : jaren == null ? List.<MapLezer>of() : jaren) {
                    Integer jaar = j.geheelGetal("jaar");
                    java.math.BigDecimal risico = j.percentage("risico_inschatting_pct");
                    java.math.BigDecimal beweeg = j.percentage("beweeginterventie_pct");
                    String bron = j.tekst("bron").waarde();
                    j.sluit();
                    if (jaar == null) {
                        j.fout(j.herkomst(), "jaar ontbreekt", "{jaar, risico_inschatting_pct, beweeginterventie_pct, bron}");
                    } else if (bereik.stream().anyMatch(b -> b.jaar() == jaar)) {
                        j.fout(j.herkomst(), "jaar " + jaar + " staat twee keer in bereik", "elk jaar één keer");
                    } else {
                        bereik.add(new Bereik(jaar, risico, beweeg, bron, j.herkomst()));
                    }
                }
            }
            case KANSRIJKE_START -> {
                MapLezer c = m.map("coalitie");
                Feit vorm = c.keuze("vorm", Formaatwoorden.KS_VORMEN);
                java.time.LocalDate datum = c.datum("datum");
                String bron = c.tekst("bron").waarde();
                Feit partners = c.lijst("partners", w -> keuze(w, Formaatwoorden.KS_PARTNERS));
                c.lijst("overige_partners");
                c.tekst("toelichting");
                c.sluit();
                boolean ja = vorm.isJa() && (vorm.waarde().equals("lokaal") || vorm.waarde().equals("regionaal"));
                specifiek.put("coalitie", vorm.isAfwezig() ? Feit.afwezig(c.herkomst().ontbrekend("vorm"))
                        : new Feit(vorm.herkomst(), ja ? Feit.Stand.JA : Feit.Stand.NEE, datum, vorm.waarde(), bron,
                                ja ? null : "coalitie " + vorm.waarde(), List.of()));
                specifiek.put("coalitie.partners", partners);
                specifiek.put("anticonceptie_vergoeding", m.bewijs("anticonceptie_vergoeding"));
                specifiek.put("preconceptievoorlichting", m.bewijs("preconceptievoorlichting"));
                specifiek.put("spuk_interventies", spukInterventies(m));
            }
        }
    }

    /** Kansrijke Start interventions paid from the SPUK: each item its name, with its {@code menukaart} answer as its element (KS.5). */
    private Feit spukInterventies(MapLezer m) {
        Feit aanwezig = m.aanwezigheid("spuk_interventies");
        List<MapLezer> lijst = m.lijstVanObjecten("spuk_interventies");
        if (lijst == null) {
            return aanwezig;
        }
        List<Feit> items = new ArrayList<>();
        for (MapLezer i : lijst) {
            String naam = i.verplichteTekst("naam", "de naam van de interventie");
            Feit menukaart = i.bewijs("menukaart");
            i.tekst("bron");
            i.sluit();
            items.add(new Feit(i.herkomst(), Feit.Stand.JA, null, naam, null, null, List.of(menukaart)));
        }
        return new Feit(aanwezig.herkomst(), Feit.Stand.JA, null, null, null, null, items);
    }

    private MapLezer.YamlWaarde keuze(MapLezer.YamlWaarde w, Set<String> toegestaan) {
        return Woorden.keuze(w, toegestaan, fouten);
    }
}
