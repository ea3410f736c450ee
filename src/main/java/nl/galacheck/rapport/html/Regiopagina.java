package nl.galacheck.rapport.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.galacheck.rapport.Rapport;
import nl.galacheck.regels.Groep;
import nl.galacheck.regio.Ketenaanpak;
import nl.galacheck.toetsing.Bevinding;
import nl.galacheck.toetsing.RegioToetsing;
import nl.galacheck.toetsing.Werkvoorraad;

/**
 * One region in the HTML report: the verdicts as badges, a status bar per bouwsteen and ketenaanpak, what to do
 * first, the timeline (when computed) and the findings per party.
 */
public record Regiopagina(RegioToetsing toetsing, Werkvoorraad werk, List<Oordeel> oordelen, List<Statusbalk> bouwstenen,
                          List<Statusbalk> ketenaanpakken, Statusbalk totaal, Tijdlijngrafiek tijdlijn,
                          Map<String, List<Bevinding>> perPartij) {

    /** A derived verdict (B0, or K00 for one ketenaanpak), with the national preconditions that are missing. */
    public record Oordeel(String code, String naam, Bevinding bevinding, List<String> landelijkOntbreekt) {
    }

    static Regiopagina van(Rapport rapport, RegioToetsing r) {
        List<Oordeel> oordelen = new ArrayList<>();
        r.oordeelInfrastructuur().ifPresent(b -> oordelen.add(new Oordeel("B0", "Preventie-infrastructuur gerealiseerd", b, List.of())));
        for (Ketenaanpak k : Ketenaanpak.values()) {
            r.ingericht(k.code()).ifPresent(b -> oordelen.add(new Oordeel("K00", k.naam() + " ingericht", b, r.landelijkOntbrekend(k.code()))));
        }
        List<Statusbalk> bouwstenen = new ArrayList<>();
        for (Groep g : rapport.toetsing().catalogus().groepen()) {
            if (!r.vanGroep(g.code()).isEmpty() && !g.code().equals(RegioToetsing.INFRASTRUCTUUR)) {
                bouwstenen.add(Statusbalk.van(g.code(), g.naam(), r.telling(g.code())));
            }
        }
        List<Statusbalk> ketenaanpakken = new ArrayList<>();
        for (Ketenaanpak k : Ketenaanpak.values()) {
            if (!r.vanKetenaanpak(k.code()).isEmpty()) {
                ketenaanpakken.add(Statusbalk.van(k.code(), k.naam(), r.tellingKetenaanpak(k.code())));
            }
        }
        Tijdlijngrafiek tijdlijn = rapport.tijdlijn(r.regio().code()).map(Tijdlijngrafiek::new).orElse(null);
        return new Regiopagina(r, r.werkvoorraad(), oordelen, bouwstenen, ketenaanpakken, Statusbalk.van("", "totaal", r.telling()),
                tijdlijn, r.perPartij());
    }

    /** An id for anchors, from the region code. */
    public String anker() {
        return "regio-" + toetsing.regio().code().toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    public int aantalAanTeVullen() {
        return werk.aanTeVullen().stream().mapToInt(a -> a.bevindingen().size()).sum();
    }
}
