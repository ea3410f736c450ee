package nl.galacheck.invoer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.galacheck.regio.Feit;
import nl.galacheck.regio.Financiering;
import nl.galacheck.regio.Gemeente;
import nl.galacheck.regio.GemeentelijkeKetenaanpak;
import nl.galacheck.regio.Inkoop;
import nl.galacheck.regio.Ketenaanpakafspraken;
import nl.galacheck.regio.Machtiging;
import nl.galacheck.regio.Mandaat;
import nl.galacheck.regio.Monitoring;
import nl.galacheck.regio.Regio;
import nl.galacheck.regio.Regiobeeld;
import nl.galacheck.regio.Regiobestand;
import nl.galacheck.regio.Regioplan;
import nl.galacheck.regio.Toelichting;
import nl.galacheck.regio.Uitvoeringsafspraak;

/**
 * One reading of one region file: the sections in the order of the format, each by its reader, then the
 * references between them. The small sections (regio, gemeenten, regiobeeld, financiering) are read here.
 */
final class Regiolezing {

    private static final Pattern REGIOCODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

    private final MapLezer wortel;
    private final String bestand;
    private final List<Invoerfout> fouten;
    private String regiocode = "?";
    private final List<GemeentelijkeKetenaanpak> gemeentelijk = new ArrayList<>();
    private KetenaanpakLezer ketenaanpakLezer;

    Regiolezing(MapLezer wortel, String bestand, List<Invoerfout> fouten) {
        this.wortel = wortel;
        this.bestand = bestand;
        this.fouten = fouten;
    }

    Regiobestand lees() {
        versie();
        Regio regio = regio(wortel.map("regio"));
        List<Gemeente> gemeenten = gemeenten();
        MapLezer mandaatLezer = wortel.map("mandaat");
        List<Machtiging> machtigingen = new ArrayList<>();
        Mandaat mandaat = new MandaatLezer(regiocode).lees(mandaatLezer, machtigingen);
        Verwijzingen.controleerMachtigingen(gemeenten, machtigingen, fouten);
        Verwijzingen.controleerGemandateerde(gemeenten, mandaat.gemandateerdeGemeente(), fouten);
        Regiobeeld regiobeeld = regiobeeld(wortel.map("regiobeeld"));
        Financiering financiering = financiering(wortel.map("financiering"));
        List<Uitvoeringsafspraak> uitvoering = new ArrayList<>();
        Regioplan regioplan = new RegioplanLezer(regiocode, fouten).lees(wortel.map("regioplan"), uitvoering);
        MapLezer inkoopLezer = wortel.map("inkoop");
        Inkoop inkoop = new Inkoop(regiocode, inkoopLezer.herkomst(), inkoopLezer.bewijs("zorgverzekeraar_afgestemd"));
        inkoopLezer.sluit();
        MapLezer monitoringLezer = wortel.map("monitoring");
        Monitoring monitoring = new Monitoring(regiocode, monitoringLezer.herkomst(), monitoringLezer.jaren("zorgverzekeraar_aangeleverd"));
        monitoringLezer.sluit();
        List<Ketenaanpakafspraken> ketenaanpakken = ketenaanpakLezer().regionaal(wortel.map("ketenaanpakken"), gemeenten);
        List<Toelichting> toelichtingen = new ToelichtingLezer(regiocode, fouten).lees(wortel, gemeenten, uitvoering);
        wortel.sluit();
        return new Regiobestand(regio, gemeenten, mandaat, machtigingen, regiobeeld, financiering, regioplan,
                uitvoering, inkoop, monitoring, ketenaanpakken, gemeentelijk, toelichtingen);
    }

    private void versie() {
        if (!wortel.heeft("versie")) {
            wortel.fout(wortel.herkomst().ontbrekend("versie"), "verplichte sleutel 'versie' ontbreekt", "versie: " + RegioLader.VERSIE);
            return;
        }
        Integer versie = wortel.geheelGetal("versie");
        if (versie != null && versie != RegioLader.VERSIE) {
            wortel.fout(wortel.herkomst().ontbrekend("versie"), "onbekende formaatversie " + versie, "versie: " + RegioLader.VERSIE);
        }
    }

    /** The ketenaanpak part of the format is read by its own reader, once the region code is known. */
    private KetenaanpakLezer ketenaanpakLezer() {
        if (ketenaanpakLezer == null) {
            ketenaanpakLezer = new KetenaanpakLezer(regiocode, fouten);
        }
        return ketenaanpakLezer;
    }

    private Regio regio(MapLezer m) {
        if (!m.isAanwezig()) {
            m.fout(m.herkomst(), "verplichte sleutel 'regio' ontbreekt", "regio: {code, naam}");
        }
        String code = m.verplichteTekst("code", "een korte regiocode, bijvoorbeeld VB-NOORD");
        if (code != null && !REGIOCODE.matcher(code).matches()) {
            m.fout(m.herkomst().ontbrekend("code"), "ongeldige regiocode '" + code + "'", "letters, cijfers, - of _ (hoogstens 40)");
        }
        regiocode = code == null ? "?" : code;
        String naam = m.verplichteTekst("naam", "de naam van de IZA-regio");
        // the GGD(s) and the zorgkantoor describe the region; no criterion reads them, so they are checked, not kept
        if (m.isLijst("ggd")) {
            m.lijst("ggd");
        } else {
            m.tekst("ggd");
        }
        String zv = m.tekst("preferente_zorgverzekeraar").waarde();
        m.tekst("zorgkantoor");
        m.sluit();
        return new Regio(regiocode, naam == null ? regiocode : naam, bestand, m.herkomst(), zv);
    }

    private List<Gemeente> gemeenten() {
        List<MapLezer> lezers = wortel.lijstVanObjecten("gemeenten");
        if (lezers == null || lezers.isEmpty()) {
            wortel.fout(wortel.herkomst().ontbrekend("gemeenten"), "de regio heeft geen gemeenten",
                    "gemeenten: een lijst van {code, naam}");
            return List.of();
        }
        List<Gemeente> gemeenten = new ArrayList<>();
        Map<String, Integer> gezien = new HashMap<>();
        for (MapLezer m : lezers) {
            Feit code = m.gemeentecode("code");
            if (code.isAfwezig() && !code.herkomst().aanwezig()) {
                m.fout(code.herkomst(), "verplichte sleutel 'code' ontbreekt", "CBS-gemeentecode, bijvoorbeeld GM0363");
            }
            String naam = m.verplichteTekst("naam", "de naam van de gemeente");
            m.geheelGetal("inwoners"); // checked, not kept: no criterion reads it
            List<String> gedeeldMet = m.lijst("gedeeld_met").elementen().stream().map(Feit::waarde).toList();
            Feit inkoop = m.bewijs("inkoop_afgestemd");
            Feit monitoring = m.jaren("monitoring_aangeleverd");
            Feit spuk = m.onderdelenMetJaren("spuk_onderdelen", w -> keuze(w, Formaatwoorden.SPUK_ONDERDELEN));
            List<GemeentelijkeKetenaanpak> ketenaanpakken = code.isJa()
                    ? ketenaanpakLezer().gemeentelijk(m.map("ketenaanpakken"), code.waarde(), naam) : List.of();
            m.sluit();
            if (code.isJa()) {
                Integer eerder = gezien.putIfAbsent(code.waarde(), code.herkomst().regel());
                if (eerder != null) {
                    m.fout(code.herkomst(), "gemeente " + code.waarde() + " staat twee keer in de regio (eerder op regel " + eerder + ")",
                            "elke gemeente één keer");
                    continue;
                }
                gemeenten.add(new Gemeente(regiocode, code.waarde(), naam, m.herkomst(), gedeeldMet, inkoop, monitoring, spuk));
                gemeentelijk.addAll(ketenaanpakken);
            }
        }
        return gemeenten;
    }

    private Regiobeeld regiobeeld(MapLezer m) {
        Regiobeeld r = new Regiobeeld(regiocode, m.herkomst(), m.bewijs("vastgesteld"),
                m.lijst("opgesteld_door", Woorden::partij), m.bewijs("thema_preventie"), m.bewijs("ggd_betrokken"),
                m.lijst("bronnen", Woorden::bron), m.bewijs("herijkt"));
        m.sluit();
        return r;
    }

    private Financiering financiering(MapLezer m) {
        MapLezer spuk = m.map("spuk_iza");
        Feit aanvrager = spuk.gemeentecode("aanvrager");
        Feit aangevraagd = spuk.bewijs("aangevraagd");
        MapLezer.Bewijs compleet = spuk.bewijsObject("aanvraag_compleet");
        Feit onderdelen = compleet.velden().lijst("onderdelen", w -> keuze(w, Formaatwoorden.AANVRAAGONDERDELEN));
        compleet.velden().sluit();
        spuk.sluit();
        MapLezer.Bewijs coordinatie = m.bewijsObject("coordinatiekosten_zorgverzekeraar");
        Feit periode = coordinatie.velden().jaren("periode");
        coordinatie.velden().sluit();
        m.sluit();
        return new Financiering(regiocode, m.herkomst(), aanvrager, aangevraagd, compleet.feit(), onderdelen,
                coordinatie.feit(), periode);
    }

    private MapLezer.YamlWaarde keuze(MapLezer.YamlWaarde w, Set<String> toegestaan) {
        return Woorden.keuze(w, toegestaan, fouten);
    }
}
