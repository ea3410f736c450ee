package nl.galacheck.overzicht;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.galacheck.regels.Criterium;
import nl.galacheck.regels.Referentie;
import nl.galacheck.regels.Referentie.Grondslag;
import nl.galacheck.regio.Ketenaanpak;
import nl.galacheck.toetsing.Bevinding;
import nl.galacheck.toetsing.Gestart;
import nl.galacheck.toetsing.RegioToetsing;
import nl.galacheck.toetsing.Status;
import nl.galacheck.toetsing.Toetsing;

/**
 * The set and each region beside the RIVM 2026 figures, each on the RIVM's own basis (RIVM 2026-0060):
 * started municipalities among all (Figuur 5.1), a municipal step among the started municipalities only
 * (Figuur 5.2a, Bijlage 2 Tabel 1a–1e), an insurer's step among the regions (Figuur 5.2b, n = 36 preferent
 * insurers, one per region). A share on another basis would not be comparable.
 */
final class Vergelijkingen {

    private Vergelijkingen() {
    }

    static List<Vergelijking> bouw(Toetsing t, Filter filter) {
        List<Vergelijking> lijst = new ArrayList<>();
        for (Ketenaanpak k : Ketenaanpak.values()) {
            if (filter.ketenaanpak() != null && !filter.ketenaanpak().equals(k.code())) {
                continue;
            }
            lijst.add(vergelijking("gestart", k.code(), "gemeenten gestart met de inrichting (RIVM-definitie)", Grondslag.GEMEENTEN,
                    t.catalogus().gestartReferentie(k.code()).orElse(null), t, gestart(k.code())));
            for (Criterium c : t.catalogus().criteria()) {
                if (c.stap() == null || !k.code().equals(OverzichtBouwer.code(c.ketenaanpak())) || !filter.partij(c)) {
                    continue;
                }
                Referentie rivm = c.stap().cijfer();
                // the basis is the RIVM figure's, not the level the step is judged at: a regional agreement the RIVM
                // counted per started municipality (KS.AFSPRAKEN-ZV, Tabel 1a) counts those municipalities here too
                Grondslag g = rivm == null ? (c.stap().isRegionaal() ? Grondslag.ZORGVERZEKERAARS : Grondslag.GESTARTE_GEMEENTEN)
                        : rivm.grondslag();
                lijst.add(vergelijking(c.id(), k.code(), c.titel(), g, rivm, t, r -> aandeel(r, c, g)));
            }
        }
        return lijst;
    }

    private static Vergelijking vergelijking(String id, String k, String titel, Grondslag basis, Referentie rivm,
                                             Toetsing t, java.util.function.Function<RegioToetsing, Aandeel> perRegio) {
        Map<String, Aandeel> regios = new LinkedHashMap<>();
        Aandeel set = Aandeel.GEEN;
        for (RegioToetsing r : t.regios()) {
            Aandeel a = perRegio.apply(r);
            regios.put(r.regio().code(), a);
            set = set.plus(a);
        }
        return new Vergelijking(id, k, titel, basis, rivm, set, regios);
    }

    private static java.util.function.Function<RegioToetsing, Aandeel> gestart(String k) {
        return r -> {
            List<Gestart> g = r.gestart(k);
            int ja = (int) g.stream().filter(x -> Boolean.TRUE.equals(x.gestart())).count();
            int onbekend = (int) g.stream().filter(x -> x.gestart() == null).count();
            return new Aandeel(ja, g.size(), onbekend);
        };
    }

    /**
     * One region's share on basis {@code g}. Insurers: the region counts once. Started municipalities: each
     * started municipality by its own finding, or, for a step judged for the region, by the region's.
     * Unknown counts as not set.
     */
    private static Aandeel aandeel(RegioToetsing r, Criterium c, Grondslag g) {
        List<Bevinding> b = r.bevindingen().stream().filter(x -> x.criterium().id().equals(c.id())).toList();
        Status regio = b.isEmpty() ? Status.ONBEKEND : Cel.samenvatting(b.stream().map(Bevinding::status).toList());
        if (g == Grondslag.ZORGVERZEKERAARS) {
            return b.isEmpty() ? Aandeel.GEEN : new Aandeel(regio == Status.VOLDAAN ? 1 : 0, 1, regio == Status.ONBEKEND ? 1 : 0);
        }
        Set<String> gestart = r.gestart(OverzichtBouwer.code(c.ketenaanpak())).stream().filter(x -> Boolean.TRUE.equals(x.gestart()))
                .map(Gestart::gemeente).collect(Collectors.toSet());
        if (c.stap().isRegionaal()) {
            int n = gestart.size();
            return new Aandeel(regio == Status.VOLDAAN ? n : 0, n, regio == Status.ONBEKEND ? n : 0);
        }
        List<Bevinding> vanGestarte = b.stream().filter(x -> gestart.contains(x.onderwerp().gemeente())).toList();
        return new Aandeel(tel(vanGestarte, Status.VOLDAAN), gestart.size(), tel(vanGestarte, Status.ONBEKEND));
    }

    private static int tel(List<Bevinding> b, Status s) {
        return (int) b.stream().filter(x -> x.status() == s).count();
    }
}
