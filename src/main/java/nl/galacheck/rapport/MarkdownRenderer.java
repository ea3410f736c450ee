package nl.galacheck.rapport;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.galacheck.regels.Groep;
import nl.galacheck.regio.Ketenaanpak;
import nl.galacheck.toetsing.Bevinding;
import nl.galacheck.toetsing.RegioToetsing;
import nl.galacheck.toetsing.Status;
import nl.galacheck.toetsing.Werkvoorraad;

/** Markdown to paste into a memo or wiki: per region the verdicts, counts, what to do first, and a findings table. */
final class MarkdownRenderer implements Renderer {

    @Override
    public String naam() {
        return "md";
    }

    @Override
    public String extensie() {
        return "md";
    }

    @Override
    public void schrijf(Rapport rapport, OutputStream stroom) {
        PrintWriter uit = new PrintWriter(new OutputStreamWriter(stroom, StandardCharsets.UTF_8));
        uit.printf("# Toetsing aan het Gezond en Actief Leven Akkoord (GALA)%n%n");
        uit.printf("| verantwoording | |%n|---|---|%n");
        Verantwoordingsregels.van(rapport).forEach(r -> uit.printf("| %s | %s |%n", cel(r[0]), cel(r[1])));
        for (RegioToetsing r : rapport.toetsing().regios()) {
            regio(rapport, r, uit);
        }
        uit.flush();
    }

    private static void regio(Rapport rapport, RegioToetsing r, PrintWriter uit) {
        uit.printf("%n## %s (%s)%n%n", cel(r.regio().naam()), r.regio().code());
        r.oordeelInfrastructuur().ifPresent(b -> uit.printf("**Preventie-infrastructuur (B0):** %s %s — %s%n%n",
                Statusteken.van(b.status()), b.status().label(), Termijntekst.van(b)));
        uit.printf("| ketenaanpak | ingericht (K00) | landelijk ontbreekt |%n|---|---|---|%n");
        for (Ketenaanpak k : Ketenaanpak.values()) {
            String ingericht = r.ingericht(k.code()).map(b -> Statusteken.van(b.status()) + " " + b.status().label()).orElse("–");
            uit.printf("| %s | %s | %s |%n", cel(k.naam()), ingericht, String.join(", ", r.landelijkOntbrekend(k.code())));
        }
        uit.printf("%n### Tellingen%n%n| bouwsteen | %s |%n|---|%s%n", String.join(" | ",
                Tekstopmaak.KOLOMMEN.stream().map(Status::label).toList()), "---:|".repeat(Tekstopmaak.KOLOMMEN.size()));
        for (Groep g : rapport.toetsing().catalogus().groepen()) {
            if (!r.vanGroep(g.code()).isEmpty() && !g.code().equals(RegioToetsing.INFRASTRUCTUUR)) {
                uit.printf("| %s %s | %s |%n", g.code(), cel(g.naam()), String.join(" | ",
                        Tekstopmaak.KOLOMMEN.stream().map(s -> String.valueOf(r.telling(g.code()).get(s))).toList()));
            }
        }
        Werkvoorraad w = r.werkvoorraad();
        uit.printf("%n### Eerst te doen%n%n");
        if (w.eerstTeDoen().isEmpty()) {
            uit.printf("Geen verplicht criterium van de regio is niet voldaan of open.%n");
        }
        int n = 1;
        for (Bevinding b : w.eerstTeDoen()) {
            uit.printf("%d. %s **%s** %s — %s · %s · %s%n", n++, Statusteken.van(b.status()), b.criterium().id(), tekst(b.criterium().titel()),
                    tekst(b.onderwerp().label()), b.criterium().partij(), Termijntekst.kort(b));
        }
        if (!w.aanTeVullen().isEmpty()) {
            uit.printf("%n### Nog aan te vullen in het bestand%n%n| sleutel | criteria | gemeenten | ketenaanpakken | regel |%n|---|---|---|---|---:|%n");
            for (Werkvoorraad.Aanvulling a : w.aanTeVullen()) {
                uit.printf("| `%s` | %s | %s | %s | %s |%n", a.sleutel(), String.join(", ", a.criteria()), String.join(", ", a.gemeenten()),
                        String.join(", ", a.ketenaanpakken()), a.plaats() == null ? "" : String.valueOf(a.plaats().regel()));
            }
        }
        if (!w.landelijk().isEmpty()) {
            uit.printf("%n### Landelijk (geen regionaal tekort)%n%n");
            for (Werkvoorraad.LandelijkeBlokkade l : w.landelijk()) {
                uit.printf("- %s: ontbreekt %s; onbekend %s; geblokkeerd %s%n", cel(l.ketenaanpak().naam()), ids(l.ontbrekend()),
                        ids(l.onbekend()), ids(l.geblokkeerd()));
            }
        }
        if (!r.toelichtingen().isEmpty()) {
            uit.printf("%n### Toelichtingen (pas toe of leg uit)%n%n| | criterium | onderwerp | toelichting | stand | waarom |%n|---|---|---|---|---|---|%n");
            for (var s : r.toelichtingen()) {
                uit.printf("| %s | %s | %s | %s | %s | %s |%n", Toelichtingtekst.teken(s), s.toelichting().criterium(),
                        cel(Toelichtingtekst.onderwerp(s)), cel(s.toelichting().toelichting()), s.soort().label(), cel(s.reden()));
            }
        }
        uit.printf("%n### Bevindingen%n%n| status | criterium | titel | onderwerp | partij | termijn |%n|---|---|---|---|---|---|%n");
        for (Bevinding b : r.bevindingen()) {
            uit.printf("| %s %s | %s | %s | %s | %s | %s |%n", Statusteken.van(b.status()), b.status().label(), b.criterium().id(),
                    cel(b.criterium().titel()), cel(b.onderwerp().label()), b.criterium().partij(), cel(Termijntekst.van(b)));
        }
    }

    private static String ids(List<Bevinding> lijst) {
        return lijst.isEmpty() ? "–" : String.join(", ", lijst.stream().map(b -> b.criterium().id()).distinct().toList());
    }

    /** Text in a table cell: no pipes, no line breaks, no stray Markdown. */
    static String cel(String s) {
        return tekst(s).replace("|", "\\|");
    }

    static String tekst(String s) {
        return s == null ? "" : s.replace("\r", " ").replace("\n", " ").replace("*", "\\*").replace("_", "\\_");
    }
}
