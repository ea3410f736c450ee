package nl.galacheck.rapport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import nl.galacheck.regels.Groep;
import nl.galacheck.regio.Herkomst;
import nl.galacheck.regio.Ketenaanpak;
import nl.galacheck.toetsing.Bevinding;
import nl.galacheck.toetsing.RegioToetsing;
import nl.galacheck.toetsing.Status;
import nl.galacheck.toetsing.Toetsing;

/**
 * The findings and the counts as tables, the same columns for every tabular format (csv, xlsx, Markdown).
 * A cell is a String, an Integer, a LocalDate or null (empty).
 */
final class Bevindingentabel {

    static final List<String> KOLOMMEN = List.of("regio", "criterium", "titel", "groep", "ernst", "partij", "onderwerp",
            "gemeente", "ketenaanpak", "onderdeel", "status", "termijn", "voldaan op", "dagen te laat", "dagen resterend",
            "melding", "wat is nodig", "bron", "feiten", "bewijs");

    static final List<String> TELKOLOMMEN;

    static {
        List<String> k = new ArrayList<>(List.of("regio", "soort", "code", "naam"));
        Tekstopmaak.KOLOMMEN.forEach(s -> k.add(s.label()));
        k.add("oordeel");
        TELKOLOMMEN = List.copyOf(k);
    }

    private Bevindingentabel() {
    }

    static List<List<Object>> rijen(Toetsing t) {
        List<List<Object>> rijen = new ArrayList<>();
        for (RegioToetsing r : t.regios()) {
            for (Bevinding b : r.bevindingen()) {
                rijen.add(rij(r, b));
            }
        }
        return rijen;
    }

    static List<Object> rij(RegioToetsing r, Bevinding b) {
        var c = b.criterium();
        var o = b.onderwerp();
        return Arrays.asList(r.regio().code(), c.id(), c.titel(), c.groep(), c.ernst().label(), c.partij(), o.label(),
                o.gemeente(), o.ketenaanpak(), o.onderdeel(), b.status().label(), b.termijn(), b.datum(), b.dagenTeLaat(),
                b.dagenResterend(), b.melding(), b.status() == Status.VOLDAAN || b.status() == Status.NIET_VAN_TOEPASSING ? null : b.herstel(),
                c.bron(), feiten(b.feiten()), String.join("; ", b.bewijs()));
    }

    static String feiten(List<Herkomst> feiten) {
        return feiten.stream().map(h -> h.plaats() + " " + h.pad() + (h.aanwezig() ? "" : " (ontbreekt)")).collect(Collectors.joining("; "));
    }

    /** Per region a row per bouwsteen/group and per ketenaanpak: the count per status, and the verdict where there is one. */
    static List<List<Object>> telrijen(Toetsing t) {
        List<List<Object>> rijen = new ArrayList<>();
        for (RegioToetsing r : t.regios()) {
            for (Groep g : t.catalogus().groepen()) {
                if (r.vanGroep(g.code()).isEmpty() || g.code().equals(RegioToetsing.INFRASTRUCTUUR)) {
                    continue;
                }
                List<Object> rij = new ArrayList<>(List.of(r.regio().code(), "bouwsteen of groep", g.code(), g.naam()));
                Tekstopmaak.KOLOMMEN.forEach(s -> rij.add(r.telling(g.code()).get(s).intValue()));
                rij.add(null);
                rijen.add(rij);
            }
            for (Ketenaanpak k : Ketenaanpak.values()) {
                List<Object> rij = new ArrayList<>(List.of(r.regio().code(), "ketenaanpak", k.code(), k.naam()));
                Tekstopmaak.KOLOMMEN.forEach(s -> rij.add(r.tellingKetenaanpak(k.code()).get(s).intValue()));
                rij.add(r.ingericht(k.code()).map(b -> "K00 " + b.status().label()).orElse(null));
                rijen.add(rij);
            }
            List<Object> totaal = new ArrayList<>(List.of(r.regio().code(), "totaal", "", "alle bevindingen"));
            Tekstopmaak.KOLOMMEN.forEach(s -> totaal.add(r.telling().get(s).intValue()));
            totaal.add(r.oordeelInfrastructuur().map(b -> "B0 " + b.status().label()).orElse(null));
            rijen.add(totaal);
        }
        return rijen;
    }

    /** A cell as text (dates as JJJJ-MM-DD, empty for null). */
    static String tekst(Object cel) {
        return cel == null ? "" : cel.toString();
    }
}
