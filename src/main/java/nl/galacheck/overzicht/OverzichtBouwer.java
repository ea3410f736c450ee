package nl.galacheck.overzicht;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import nl.galacheck.regels.Catalogus;
import nl.galacheck.regels.Criterium;
import nl.galacheck.regio.Ketenaanpak;
import nl.galacheck.toetsing.Bevinding;
import nl.galacheck.toetsing.Gestart;
import nl.galacheck.toetsing.RegioToetsing;
import nl.galacheck.toetsing.Status;
import nl.galacheck.toetsing.Toetsing;

/**
 * Builds the {@link Overzicht} of a run: which columns there are, each region's cells, the totals, and the
 * comparisons with the RIVM figures. National preconditions per ketenaanpak (the same for every region) and the
 * RIVM steps (compared in the roll-up instead) are no columns.
 */
public final class OverzichtBouwer {

    private OverzichtBouwer() {
    }

    public static Overzicht bouw(Toetsing t, Filter filter, List<OngeldigBestand> ongeldig) {
        List<Kolom> kolommen = kolommen(t.catalogus(), filter);
        List<String> blokken = kolommen.stream().map(Kolom::blok).distinct().toList();
        List<Rij> rijen = t.regios().stream().map(r -> rij(r, kolommen)).toList();
        List<Totaal> totalen = kolommen.stream().map(k -> totaal(k, rijen)).toList();
        List<Vergelijking> vergelijkingen = Vergelijkingen.bouw(t, filter);
        return new Overzicht(t.peildatum(), t.regels(), filter, blokken, kolommen, rijen, totalen, vergelijkingen, ongeldig);
    }

    /** Bouwstenen first (B0 leading), then per ketenaanpak K00 and its regional criteria, in catalogue order. */
    static List<Kolom> kolommen(Catalogus catalogus, Filter filter) {
        List<Kolom> bouwstenen = new ArrayList<>();
        Map<String, List<Kolom>> perKetenaanpak = new LinkedHashMap<>();
        Arrays.stream(Ketenaanpak.values()).forEach(k -> perKetenaanpak.put(k.code(), new ArrayList<>()));
        for (Criterium c : catalogus.criteria()) {
            // the national preconditions per ketenaanpak (K01–K07, rules/landelijk.yaml) read the same for every region;
            // a national duty judged per region (B3.3) stays
            if (c.isLandelijk() && c.scope().startsWith("ketenaanpak") || c.stap() != null) {
                continue;
            }
            boolean eigenKetenaanpak = c.scope().startsWith("ketenaanpak");
            if (c.ketenaanpak() != null) {
                // a ketenaanpak's own criterion; judged per municipality only (VP.5), its findings name no ketenaanpak
                String k = code(c.ketenaanpak());
                perKetenaanpak.get(k).add(new Kolom(c, k, eigenKetenaanpak ? k : null));
            } else if (!eigenKetenaanpak) {
                bouwstenen.add(new Kolom(c, Kolom.BOUWSTENEN, null));
            } else {
                perKetenaanpak.forEach((k, lijst) -> lijst.add(new Kolom(c, k, k)));
            }
        }
        // K00 first, then the randvoorwaarden, the ketenaanpak's own criteria, and a bouwsteen judged per ketenaanpak (B4.C)
        Comparator<Kolom> ingerichtEerst = Comparator.comparingInt(k -> k.id().equals(RegioToetsing.INGERICHT) ? 0
                : k.criterium().groep().equals("K") ? 1 : k.criterium().groep().startsWith("B") ? 3 : 2);
        return Stream.concat(bouwstenen.stream(), perKetenaanpak.values().stream().flatMap(l -> l.stream().sorted(ingerichtEerst)))
                .filter(filter::kolom).toList();
    }

    static String code(String ketenaanpak) {
        return Ketenaanpak.metNaam(ketenaanpak).map(Ketenaanpak::code).orElse(ketenaanpak);
    }

    private static Rij rij(RegioToetsing r, List<Kolom> kolommen) {
        Map<String, List<Bevinding>> perKolom = new LinkedHashMap<>();
        for (Bevinding b : r.bevindingen()) {
            String k = b.onderwerp().ketenaanpak() == null ? b.criterium().id() : b.criterium().id() + "@" + code(b.onderwerp().ketenaanpak());
            perKolom.computeIfAbsent(k, x -> new ArrayList<>()).add(b);
        }
        Map<String, Cel> cellen = new LinkedHashMap<>();
        for (Kolom k : kolommen) {
            List<Bevinding> bevindingen = perKolom.get(k.sleutel());
            if (bevindingen != null) {
                cellen.put(k.sleutel(), cel(k, bevindingen));
            }
        }
        long gemeenten = Stream.concat(r.gestart().stream().map(Gestart::gemeente), r.bevindingen().stream().map(b -> b.onderwerp().gemeente()))
                .filter(Objects::nonNull).distinct().count();
        return new Rij(r.regio().code(), r.regio().naam(), r.regio().bestand(), (int) gemeenten, r.regio().preferenteZorgverzekeraar(),
                r.heeftVerplichteTekorten(), cellen);
    }

    /** Per municipality the summary of its findings (OK.2 has one per category), or the region as one unit. */
    private static Cel cel(Kolom k, List<Bevinding> bevindingen) {
        if (!k.perGemeente()) {
            Status s = Cel.samenvatting(bevindingen.stream().map(Bevinding::status).toList());
            String melding = bevindingen.stream().filter(b -> b.status() == s).map(Bevinding::melding).findFirst().orElse(null);
            return Cel.regionaal(s, melding);
        }
        Map<String, List<Status>> perGemeente = new LinkedHashMap<>();
        bevindingen.forEach(b -> perGemeente.computeIfAbsent(String.valueOf(b.onderwerp().gemeente()), g -> new ArrayList<>()).add(b.status()));
        Map<String, Status> samengevat = new LinkedHashMap<>();
        perGemeente.forEach((g, s) -> samengevat.put(g, Cel.samenvatting(s)));
        return Cel.perGemeente(samengevat);
    }

    private static Totaal totaal(Kolom k, List<Rij> rijen) {
        Map<Status, Integer> t = Cel.leeg();
        rijen.forEach(r -> r.cel(k).ifPresent(c -> c.telling().forEach((s, n) -> t.merge(s, n, Integer::sum))));
        return new Totaal(k, t);
    }
}
