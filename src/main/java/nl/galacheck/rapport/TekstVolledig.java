package nl.galacheck.rapport;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import nl.galacheck.regels.Groep;
import nl.galacheck.toetsing.Bevinding;
import nl.galacheck.toetsing.RegioToetsing;
import nl.galacheck.toetsing.Status;

/**
 * The full text report ({@code --volledig}) after the counts: who must act, then every finding. Gaps get
 * their full trace (message, evidence, remedy, source, facts); with {@code --beknopt} one line each.
 */
final class TekstVolledig {

    private final Tekstopmaak opmaak;
    private final boolean beknopt;

    TekstVolledig(Tekstopmaak opmaak, boolean beknopt) {
        this.opmaak = opmaak;
        this.beknopt = beknopt;
    }

    void schrijf(Rapport rapport, RegioToetsing r, PrintWriter uit) {
        aanZet(r, uit);
        for (Groep g : rapport.toetsing().catalogus().groepen()) {
            List<Bevinding> bevindingen = r.vanGroep(g.code());
            if (bevindingen.isEmpty() || g.code().equals(RegioToetsing.INFRASTRUCTUUR)) {
                continue;
            }
            uit.println();
            uit.printf("%s %s%n", g.code(), g.naam());
            bevindingen.forEach(b -> bevinding(b, uit));
        }
    }

    /** The to-do list: per party the criteria not met, open or unknown. */
    private void aanZet(RegioToetsing r, PrintWriter uit) {
        Map<String, List<Bevinding>> perPartij = r.aanZet();
        if (perPartij.isEmpty()) {
            return;
        }
        uit.println();
        uit.println("  Wie is aan zet");
        perPartij.forEach((partij, bevindingen) -> {
            uit.printf("  %s:%n", partij);
            for (Status s : RegioToetsing.TE_DOEN) {
                List<String> ids = bevindingen.stream().filter(b -> b.status() == s).map(b -> b.criterium().id()).distinct().toList();
                if (!ids.isEmpty()) {
                    long aantal = bevindingen.stream().filter(b -> b.status() == s).count();
                    uit.printf("    %-13s %3d  %s%n", s.label(), aantal, String.join(", ", ids));
                }
            }
        });
    }

    private void bevinding(Bevinding b, PrintWriter uit) {
        String ernst = b.criterium().isVerplicht() ? "" : " [" + b.criterium().ernst().label() + "]";
        if (beknopt) {
            uit.printf("  %s %-6s %s%s — %s · %s%n", opmaak.teken(b.status()), b.criterium().id(), opmaak.status(b.status(), false), ernst,
                    b.onderwerp().label(), Termijntekst.van(b));
            return;
        }
        uit.printf("  %s %-6s %s%s — %s%n", opmaak.teken(b.status()), b.criterium().id(), opmaak.status(b.status(), false), ernst,
                b.criterium().titel());
        uit.printf("           %s · partij: %s · %s%n", b.onderwerp().label(), b.criterium().partij(), Termijntekst.van(b));
        if (Termijntekst.lezingVolledig(b) != null) {
            uit.printf("           %s%n", Termijntekst.lezingVolledig(b));
        }
        uit.printf("           %s%n", b.melding());
        if (!b.bewijs().isEmpty()) {
            uit.printf("           bewijs: %s%n", String.join("; ", b.bewijs()));
        }
        if (b.status() != Status.VOLDAAN && b.status() != Status.NIET_VAN_TOEPASSING) {
            uit.printf("           wat is nodig: %s%n", b.herstel());
        }
        uit.printf("           bron: %s%s%n", b.criterium().bron(), Tekstopmaak.feiten(b.feiten()));
    }
}
