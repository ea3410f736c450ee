package nl.galacheck.rapport;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import nl.galacheck.regels.Groep;
import nl.galacheck.regio.Ketenaanpak;
import nl.galacheck.toetsing.Bevinding;
import nl.galacheck.toetsing.RegioToetsing;
import nl.galacheck.toetsing.Toetsing;

/**
 * The Dutch terminal report. Per region the verdicts (B0, K00 per ketenaanpak) and the counts; then by
 * default what to do first, what the file still has to say and what is blocked nationally
 * ({@link TekstSamenvatting}); with {@code --volledig} who must act and every finding with its trace
 * ({@link TekstVolledig}).
 */
final class TekstRenderer implements Renderer {

    @Override
    public String naam() {
        return "tekst";
    }

    @Override
    public String extensie() {
        return "txt";
    }

    @Override
    public void schrijf(Rapport rapport, OutputStream stroom) {
        PrintWriter uit = new PrintWriter(new OutputStreamWriter(stroom, StandardCharsets.UTF_8));
        Tekstopmaak opmaak = new Tekstopmaak(rapport.weergave().kleur());
        Toetsing t = rapport.toetsing();
        Verantwoording v = rapport.verantwoording();
        uit.printf("galacheck %s — toetsing aan het Gezond en Actief Leven Akkoord (GALA)%n", v.versie());
        uit.printf("peildatum %s · regels: %s (%d criteria, sha256 %s)%n", Datums.nl(t.peildatum()), v.regels(),
                t.catalogus().grootte(), v.regelsSha256());
        v.invoer().forEach(i -> uit.printf("invoer: %s (sha256 %s)%n", i.bestand(), i.sha256()));
        if (!rapport.selectie().isAlles()) {
            uit.printf("selectie: %s (alleen deze bevindingen zijn geteld en getoond)%n", rapport.selectie().omschrijving());
        }
        for (RegioToetsing r : t.regios()) {
            regio(rapport, r, opmaak, uit);
        }
        uit.println();
        long tekorten = t.regios().stream().filter(RegioToetsing::heeftVerplichteTekorten).count();
        uit.printf("Samenvatting: %d van %d regio('s) met verplichte criteria die niet voldaan zijn.%n", tekorten, t.regios().size());
        if (!rapport.weergave().volledig()) {
            uit.println("Elke bevinding met bron en feiten: --volledig (of --formaat html).");
        }
        uit.flush();
    }

    private void regio(Rapport rapport, RegioToetsing r, Tekstopmaak opmaak, PrintWriter uit) {
        uit.println();
        uit.println("═".repeat(100));
        uit.printf("%s (%s) — %s%n", r.regio().naam(), r.regio().code(), r.regio().bestand());
        r.oordeelInfrastructuur().ifPresent(b -> {
            uit.printf("Preventie-infrastructuur (B0): %s — %s%n", opmaak.status(b.status(), true), Termijntekst.van(b));
            uit.printf("  %s%n", b.melding());
        });
        uit.println();
        opmaak.kop(uit, "Bouwsteen", null);
        for (Groep g : rapport.toetsing().catalogus().groepen()) {
            if (r.vanGroep(g.code()).isEmpty() || g.code().equals(RegioToetsing.INFRASTRUCTUUR)) {
                continue;
            }
            opmaak.telregel(g.code() + " " + g.naam(), r.telling(g.code()), uit, "");
        }
        opmaak.telregel("totaal", r.telling(), uit, "");
        ketenaanpakken(r, opmaak, uit);
        toelichtingen(r, uit);
        if (rapport.weergave().volledig()) {
            new TekstVolledig(opmaak, rapport.weergave().beknopt()).schrijf(rapport, r, uit);
        } else {
            new TekstSamenvatting(opmaak).schrijf(r, uit);
        }
    }

    /** Pas toe of leg uit: each explanation of the file, honoured or not (and why), or stale. */
    private static void toelichtingen(RegioToetsing r, PrintWriter uit) {
        if (r.toelichtingen().isEmpty()) {
            return;
        }
        uit.println();
        uit.printf("Toelichtingen (pas toe of leg uit: %d)%n", r.toelichtingen().size());
        for (var s : r.toelichtingen()) {
            uit.printf("  %s %-6s %s — %s: %s%n", Toelichtingtekst.teken(s), s.toelichting().criterium(), Toelichtingtekst.onderwerp(s),
                    s.soort().label(), s.reden());
            uit.printf("           \"%s\" (%s)%n", s.toelichting().toelichting().strip(), s.toelichting().herkomst().plaats());
        }
    }

    /** The ketenaanpak × status overview with the verdict K00; national blockers apart from regional gaps. */
    private static void ketenaanpakken(RegioToetsing r, Tekstopmaak opmaak, PrintWriter uit) {
        if (Arrays.stream(Ketenaanpak.values()).allMatch(k -> r.vanKetenaanpak(k.code()).isEmpty())) {
            return;
        }
        uit.println();
        opmaak.kop(uit, "Ketenaanpak (regionale criteria)", "ingericht (K00) · landelijk ontbreekt");
        for (Ketenaanpak k : Ketenaanpak.values()) {
            String ingericht = r.ingericht(k.code()).map(b -> opmaak.status(b.status(), false)).orElse("–");
            List<String> landelijk = r.landelijkOntbrekend(k.code());
            opmaak.telregel(k.naam(), r.tellingKetenaanpak(k.code()), uit,
                    ingericht + (landelijk.isEmpty() ? "" : " · " + String.join(", ", landelijk)));
        }
    }

    /** One finding on one line: sign, id, title, subject, party and how late. */
    static String regel(Bevinding b, Tekstopmaak opmaak) {
        return String.format("%s %-6s %s — %s · %s · %s", opmaak.teken(b.status()), b.criterium().id(), b.criterium().titel(),
                b.onderwerp().label(), b.criterium().partij(), Termijntekst.kort(b));
    }
}
