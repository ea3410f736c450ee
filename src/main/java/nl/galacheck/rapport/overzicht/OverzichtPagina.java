package nl.galacheck.rapport.overzicht;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.galacheck.overzicht.Cel;
import nl.galacheck.overzicht.Kolom;
import nl.galacheck.overzicht.OngeldigBestand;
import nl.galacheck.overzicht.Overzicht;
import nl.galacheck.overzicht.Rij;
import nl.galacheck.overzicht.Totaal;
import nl.galacheck.overzicht.Vergelijking;
import nl.galacheck.regels.Referentie.Grondslag;
import nl.galacheck.regio.Ketenaanpak;
import nl.galacheck.toetsing.Status;

/**
 * What the HTML overview template shows, as strings and lists it only loops over: the template decides no
 * status, count or share. Public, because the precompiled template lives in a package of its own.
 */
public final class OverzichtPagina {

    private static final DateTimeFormatter NL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    /** One matrix cell: text (symbol or "7/9"), status class, sort weight, title (may be null) and the anchor of its detail. */
    public record HtmlCel(String tekst, String klasse, String gewicht, String titel, String anker) {
    }

    public record HtmlKolom(String id, String titel, String eenheid) {
    }

    public record HtmlRij(String regio, String naam, int gemeenten, List<HtmlCel> cellen) {
    }

    public record Blok(String naam, List<HtmlKolom> kolommen, List<HtmlRij> rijen, List<String> totaal) {
    }

    /** One line of the national picture of a column. */
    public record Rollup(String id, String titel, String eenheid, int vanToepassing, List<String> aandelen) {
    }

    /** One detail: what stands behind a cell, the target of its link (the criterion's title is in the matrix header). */
    public record Detail(String anker, String id, String teken, String klasse, String tekst) {
    }

    public record Regiodetails(String regio, String naam, String bestand, List<Detail> details) {
    }

    public record Stap(String nummer, String id, String titel, String basis, String rivm, String set) {
    }

    public record Rivmblok(String naam, List<Stap> stappen, List<String> rivmRij, List<String> setRij, List<HtmlRij> regios) {
    }

    private final Overzicht o;

    public OverzichtPagina(Overzicht o) {
        this.o = o;
    }

    public String kop() {
        return "Overzicht van " + o.rijen().size() + " regio('s), " + o.gemeenten() + " gemeenten";
    }

    public String onderkop() {
        String filter = o.filter().omschrijving();
        return "peildatum " + NL.format(o.peildatum()) + " · regels: " + o.regels() + (filter.isEmpty() ? "" : " · filter: " + filter);
    }

    public List<OngeldigBestand> ongeldig() {
        return o.ongeldig();
    }

    public List<String[]> legenda() {
        return Overzicht.LEGENDA.stream().map(s -> new String[] {Tekens.teken(s), s.label(), klasse(s)}).toList();
    }

    public List<Blok> blokken() {
        List<Blok> blokken = new ArrayList<>();
        for (String b : o.blokken()) {
            List<Kolom> kolommen = o.kolommen(b);
            List<HtmlRij> rijen = o.rijen().stream().map(r -> new HtmlRij(r.regio(), r.naam(), r.gemeenten(),
                    kolommen.stream().map(k -> cel(r, k)).toList())).toList();
            List<String> totaal = kolommen.stream().map(k -> {
                Totaal t = o.totaal(k);
                return t.vanToepassing() == 0 ? Tekens.GEEN : Tekens.procent(t.aandeel(Status.VOLDAAN));
            }).toList();
            blokken.add(new Blok(OverzichtTekstRenderer.blokNaam(b),
                    kolommen.stream().map(k -> new HtmlKolom(k.id(), k.criterium().titel(), k.eenheid())).toList(), rijen, totaal));
        }
        return blokken;
    }

    private static HtmlCel cel(Rij r, Kolom k) {
        Cel c = r.cel(k).orElse(null);
        if (c == null) {
            return new HtmlCel(Tekens.GEEN, "s-geen", "-1", "geen bevinding", null);
        }
        // sorting: a share of municipalities met (0–1000), or the status rank; the cell's link carries the rest
        int gewicht = k.perGemeente() && c.vanToepassing() > 0 ? 1000 * c.voldaan() / c.vanToepassing()
                : Overzicht.LEGENDA.size() - Overzicht.LEGENDA.indexOf(c.status());
        return new HtmlCel(Tekens.cel(k, c), klasse(c.status()), String.valueOf(gewicht), null, anker(r, k));
    }

    static String anker(Rij r, Kolom k) {
        return "d-" + (r.regio() + "-" + k.sleutel()).replaceAll("[^A-Za-z0-9-]", "_");
    }

    static String klasse(Status s) {
        return "s-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public List<Rollup> rollup() {
        return o.kolommen().stream().map(k -> {
            Totaal t = o.totaal(k);
            List<String> aandelen = Overzicht.LEGENDA.stream().filter(s -> s != Status.NIET_VAN_TOEPASSING)
                    .map(s -> t.aantal(s) + " (" + Tekens.procent(t.aandeel(s)) + ")").toList();
            return new Rollup(k.sleutel(), k.criterium().titel(), k.eenheid(), t.vanToepassing(), aandelen);
        }).toList();
    }

    public List<String> rollupKoppen() {
        return Overzicht.LEGENDA.stream().filter(s -> s != Status.NIET_VAN_TOEPASSING).map(s -> Tekens.teken(s) + " " + s.label()).toList();
    }

    public List<Rivmblok> rivm() {
        List<Rivmblok> blokken = new ArrayList<>();
        for (Ketenaanpak k : Ketenaanpak.values()) {
            List<Vergelijking> lijst = o.vergelijkingen().stream().filter(v -> v.ketenaanpak().equals(k.code())).toList();
            if (lijst.isEmpty()) {
                continue;
            }
            List<Stap> stappen = new ArrayList<>();
            for (int i = 0; i < lijst.size(); i++) {
                Vergelijking v = lijst.get(i);
                stappen.add(new Stap(i == 0 ? "G" : "S" + i, v.id(), v.titel(), v.basis().label(),
                        v.rivm() == null ? "–" : v.rivm().percentage() + "% (" + v.rivm().aantal() + " van " + v.rivm().basis() + ")",
                        Tekens.aandeel(v.set())));
            }
            List<HtmlRij> regios = o.rijen().stream().map(r -> new HtmlRij(r.regio(), r.naam(), r.gemeenten(), lijst.stream().map(v -> {
                var a = v.perRegio().get(r.regio());
                return new HtmlCel(Tekens.procent(a), "", a.percentage() == null ? "-1" : String.format(Locale.ROOT, "%.1f", a.percentage()),
                        a.gezet() + " van " + a.basis() + " " + v.basis().label() + (a.onbekend() == 0 ? "" : ", onbekend " + a.onbekend()), null);
            }).toList())).toList();
            blokken.add(new Rivmblok(k.naam(), stappen, lijst.stream().map(v -> v.rivm() == null ? "–" : v.rivm().percentage() + "%").toList(),
                    lijst.stream().map(v -> Tekens.procent(v.set())).toList(), regios));
        }
        return blokken;
    }

    public String rivmUitleg() {
        return "Elk aandeel is berekend op de grondslag van het RIVM-cijfer ernaast: gestart van alle "
                + Grondslag.GEMEENTEN.label() + " (Figuur 5.1); een stap van de " + Grondslag.GESTARTE_GEMEENTEN.label()
                + " (Figuur 5.2a, Bijlage 2), ook als de stap regionaal wordt afgesproken; een stap van de zorgverzekeraar van de "
                + Grondslag.ZORGVERZEKERAARS.label() + " (Figuur 5.2b). Wat het bestand niet zegt telt als niet gezet: een ondergrens.";
    }

    /** Per region what stands behind each cell: the message, or which municipalities have which status. */
    public List<Regiodetails> details() {
        return o.rijen().stream().map(r -> new Regiodetails(r.regio(), r.naam(), r.bestand(), o.kolommen().stream()
                .filter(k -> r.cel(k).isPresent()).map(k -> detail(r, k, r.cel(k).get())).toList())).toList();
    }

    private static Detail detail(Rij r, Kolom k, Cel c) {
        String tekst;
        if (k.perGemeente()) {
            tekst = c.gemeenten().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey().label() + ": " + (e.getKey() == Status.VOLDAAN ? e.getValue().size() + " gemeente(n)"
                            : String.join(", ", e.getValue())))
                    .collect(Collectors.joining(" · "));
        } else {
            // kept short: 38 regions × all criteria stay under 2 MB; the region's own report has the full trace
            String m = c.melding() == null ? "" : c.melding();
            tekst = m.length() > 140 ? m.substring(0, 139) + "…" : m;
        }
        String id = k.id() + (k.blok().equals(Kolom.BOUWSTENEN) ? "" : " · " + k.blok());
        return new Detail(anker(r, k), id, Tekens.teken(c.status()), klasse(c.status()), tekst);
    }
}
