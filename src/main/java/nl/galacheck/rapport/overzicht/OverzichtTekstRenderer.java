package nl.galacheck.rapport.overzicht;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
 * The overview in a terminal: per column group a region × criterion matrix of symbols (at most 160 columns
 * wide), the national roll-up per criterion, and per ketenaanpak the RIVM steps beside the set and each region.
 */
final class OverzichtTekstRenderer implements OverzichtRenderer {

    static final int BREEDTE = 160;
    private static final DateTimeFormatter NL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
    private static final int MAX_FOUTEN = 5;

    private final boolean kleur;

    OverzichtTekstRenderer(boolean kleur) {
        this.kleur = kleur;
    }

    @Override
    public void schrijf(Overzicht o, OutputStream stroom) {
        PrintWriter uit = new PrintWriter(new OutputStreamWriter(stroom, StandardCharsets.UTF_8));
        uit.printf("galacheck — overzicht van %d regio('s), %d gemeenten · peildatum %s · regels: %s%n", o.rijen().size(), o.gemeenten(),
                NL.format(o.peildatum()), o.regels());
        if (!o.filter().omschrijving().isEmpty()) {
            uit.printf("filter: %s%n", o.filter().omschrijving());
        }
        ongeldig(o, uit);
        uit.println();
        uit.println("Legenda: " + String.join("  ", Overzicht.LEGENDA.stream().map(s -> Tekens.teken(s) + " " + s.label()).toList())
                + "  " + Tekens.GEEN + " geen bevinding");
        uit.println("         per gemeente getoetst: 7/9 = 7 van de 9 gemeenten waarvoor het geldt voldaan; "
                + "'% voldaan' = aandeel van de regio's (of gemeenten) waarvoor het geldt");
        for (String blok : o.blokken()) {
            uit.println();
            uit.println(blokNaam(blok));
            matrix(o, blok).regels(BREEDTE, this::kleur).forEach(uit::println);
        }
        uit.println();
        uit.println("Landelijk beeld per criterium (regio's; bij criteria per gemeente: gemeenten)");
        for (String blok : o.blokken()) {
            uit.println("  " + blokNaam(blok));
            o.kolommen(blok).forEach(k -> uit.println(rollup(o.totaal(k))));
        }
        vergelijkingen(o, uit);
        uit.flush();
    }

    private static void ongeldig(Overzicht o, PrintWriter uit) {
        if (o.ongeldig().isEmpty()) {
            return;
        }
        uit.println();
        uit.printf("Niet ingelezen: %d ongeldig(e) bestand(en), niet in het overzicht (zie `galacheck valideer`):%n", o.ongeldig().size());
        for (OngeldigBestand b : o.ongeldig()) {
            uit.printf("  %s: %d fout(en)%n", b.bestand(), b.fouten().size());
            b.fouten().stream().limit(MAX_FOUTEN).forEach(f -> uit.println("    " + f));
            if (b.fouten().size() > MAX_FOUTEN) {
                uit.printf("    … en nog %d fout(en)%n", b.fouten().size() - MAX_FOUTEN);
            }
        }
    }

    static String blokNaam(String blok) {
        return blok.equals(Kolom.BOUWSTENEN) ? "Bouwstenen (B0 en B1–B6)"
                : "Ketenaanpak " + Ketenaanpak.metNaam(blok).map(Ketenaanpak::naam).orElse(blok) + " (K00 en de regionale criteria)";
    }

    private Teksttabel matrix(Overzicht o, String blok) {
        List<Kolom> kolommen = o.kolommen(blok);
        Teksttabel t = new Teksttabel("regio (gemeenten)");
        kolommen.forEach(k -> t.kolom(k.criterium().groep(), kop(k)));
        for (Rij r : o.rijen()) {
            List<String> cellen = new ArrayList<>();
            List<Status> kleuren = new ArrayList<>();
            for (Kolom k : kolommen) {
                var c = r.cel(k).orElse(null);
                cellen.add(Tekens.cel(k, c));
                kleuren.add(c == null ? null : c.status());
            }
            t.rij(r.regio() + " (" + r.gemeenten() + ")", cellen, kleuren);
        }
        t.scheiding();
        t.rij("% voldaan", kolommen.stream().map(k -> {
            Totaal tot = o.totaal(k);
            return tot.vanToepassing() == 0 ? Tekens.GEEN : String.format(Locale.ROOT, "%.0f", tot.aandeel(Status.VOLDAAN));
        }).toList(), null);
        return t;
    }

    /** The part of the id after its group: "B1.7" under B1 is "7", "K04b" under K is "04b"; B0 stays "B0". */
    static String kop(Kolom k) {
        String id = k.id();
        String g = k.criterium().groep();
        if (id.startsWith(g + ".")) {
            return id.substring(g.length() + 1);
        }
        return id.startsWith(g) && id.length() > g.length() ? id.substring(g.length()) : id;
    }

    private static String rollup(Totaal t) {
        StringBuilder s = new StringBuilder(String.format("    %-6s %4d %-9s", t.kolom().id(), t.vanToepassing(), t.kolom().eenheid()));
        for (Status st : List.of(Status.VOLDAAN, Status.NIET_VOLDAAN, Status.OPEN, Status.ONBEKEND, Status.GEBLOKKEERD_LANDELIJK)) {
            s.append(String.format("  %s %4d %4s", Tekens.teken(st), t.aantal(st), Tekens.procent(t.aandeel(st))));
        }
        String titel = t.kolom().criterium().titel();
        int ruimte = BREEDTE - s.length() - 2;
        return s + "  " + (titel.length() > ruimte ? titel.substring(0, ruimte - 1) + "…" : titel);
    }

    private void vergelijkingen(Overzicht o, PrintWriter uit) {
        if (o.vergelijkingen().isEmpty()) {
            return;
        }
        uit.println();
        uit.println("Naast de RIVM-monitor 2026 (RIVM 2026-0060): elk aandeel op de grondslag van het RIVM-cijfer ernaast.");
        uit.println("  grondslag gem.: gestart van alle gemeenten (Figuur 5.1); een stap van de gestarte gemeenten (Figuur 5.2a, Bijlage 2),");
        uit.println("  ook als de stap regionaal wordt afgesproken (dan telt elke gestarte gemeente van die regio) · grondslag zv: de regio's,");
        uit.println("  één preferente zorgverzekeraar per regio (Figuur 5.2b). Wat het bestand niet zegt telt als niet gezet (een ondergrens).");
        for (Ketenaanpak k : Ketenaanpak.values()) {
            List<Vergelijking> lijst = o.vergelijkingen().stream().filter(v -> v.ketenaanpak().equals(k.code())).toList();
            if (lijst.isEmpty()) {
                continue;
            }
            uit.println();
            uit.println(k.naam());
            for (int i = 0; i < lijst.size(); i++) {
                Vergelijking v = lijst.get(i);
                String rivm = v.rivm() == null ? "RIVM –" : String.format("RIVM %d%% (%d/%d)", v.rivm().percentage(), v.rivm().aantal(),
                        v.rivm().basis());
                String regel = String.format("  %-3s %-4s %-34s %-20s set %-30s %s", nummer(i), groep(v), v.id(), rivm,
                        Tekens.aandeel(v.set()), v.titel());
                uit.println(regel.length() > BREEDTE ? regel.substring(0, BREEDTE - 1) + "…" : regel);
            }
            Teksttabel t = new Teksttabel("regio");
            for (int i = 0; i < lijst.size(); i++) {
                t.kolom(groep(lijst.get(i)), nummer(i));
            }
            t.rij("RIVM 2026", lijst.stream().map(v -> v.rivm() == null ? "–" : v.rivm().percentage() + "%").toList(), null);
            t.rij("set", lijst.stream().map(v -> Tekens.procent(v.set())).toList(), null);
            t.scheiding();
            for (Rij r : o.rijen()) {
                t.rij(r.regio(), lijst.stream().map(v -> Tekens.procent(v.perRegio().get(r.regio()))).toList(), null);
            }
            t.regels(BREEDTE, this::kleur).forEach(uit::println);
        }
    }

    private static String groep(Vergelijking v) {
        return v.basis() == Grondslag.ZORGVERZEKERAARS ? "zv" : "gem.";
    }

    /** "G" for started, then S1, S2, … for the steps in catalogue order. */
    private static String nummer(int i) {
        return i == 0 ? "G" : "S" + i;
    }

    private String kleur(String tekst, Status s) {
        if (!kleur) {
            return tekst;
        }
        String code = switch (s) {
            case VOLDAAN -> "\u001B[32m";
            case NIET_VOLDAAN -> "\u001B[31m";
            case OPEN -> "\u001B[36m";
            case ONBEKEND -> "\u001B[33m";
            default -> "\u001B[90m";
        };
        return code + tekst + "\u001B[0m";
    }
}
