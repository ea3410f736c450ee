package nl.galacheck.rapport;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import java.util.Arrays;

import nl.galacheck.regels.Groep;
import nl.galacheck.regio.Ketenaanpak;
import nl.galacheck.regio.Herkomst;
import nl.galacheck.toetsing.Bevinding;
import nl.galacheck.toetsing.RegioToetsing;
import nl.galacheck.toetsing.Status;
import nl.galacheck.toetsing.Toetsing;

/**
 * The Dutch terminal report: per region the verdict, counts per bouwsteen, then every finding.
 * Gaps get their full trace (message, evidence, remedy, source, facts); passes one line and their trace.
 */
final class TekstRenderer implements Renderer {

    private static final String RESET = "\u001B[0m";
    private static final List<Status> KOLOMMEN = List.of(Status.VOLDAAN, Status.NIET_VOLDAAN, Status.OPEN, Status.ONBEKEND,
            Status.NIET_VAN_TOEPASSING, Status.GEBLOKKEERD_LANDELIJK);
    private static final String KOP = "  %-52s %8s %6s %6s %9s %7s %9s%n";

    private final boolean kleur;
    private final boolean beknopt;

    /** @param beknopt one line per finding, without message, evidence, remedy and trace */
    TekstRenderer(boolean kleur, boolean beknopt) {
        this.kleur = kleur;
        this.beknopt = beknopt;
    }

    @Override
    public void schrijf(Toetsing t, PrintWriter uit) {
        uit.printf("galacheck — toetsing aan het Gezond en Actief Leven Akkoord (GALA)%n");
        uit.printf("peildatum %s · regels: %s (%d criteria) · %d regio('s)%n", Datums.nl(t.peildatum()), t.regels(),
                t.catalogus().grootte(), t.regios().size());
        for (RegioToetsing r : t.regios()) {
            regio(t, r, uit);
        }
        uit.println();
        long tekorten = t.regios().stream().filter(RegioToetsing::heeftVerplichteTekorten).count();
        uit.printf("Samenvatting: %d van %d regio('s) met verplichte criteria die niet voldaan zijn.%n", tekorten, t.regios().size());
    }

    private void regio(Toetsing t, RegioToetsing r, PrintWriter uit) {
        uit.println();
        uit.println("═".repeat(100));
        uit.printf("%s (%s) — %s%n", r.regio().naam(), r.regio().code(), r.regio().bestand());
        r.oordeelInfrastructuur().ifPresent(b -> {
            uit.printf("Preventie-infrastructuur (B0): %s — %s%n", status(b.status(), true), Termijntekst.van(b));
            uit.printf("  %s%n", b.melding());
        });
        uit.println();
        uit.printf(KOP, "Bouwsteen", "voldaan", "niet", "open", "onbekend", "n.v.t.", "geblokk.");
        for (Groep g : t.catalogus().groepen()) {
            if (r.vanGroep(g.code()).isEmpty() || g.code().equals(RegioToetsing.INFRASTRUCTUUR)) {
                continue;
            }
            telregel(g.code() + " " + g.naam(), r.telling(g.code()), uit);
        }
        telregel("totaal", r.telling(), uit);
        ketenaanpakken(r, uit);
        aanZet(r, uit);
        for (Groep g : t.catalogus().groepen()) {
            List<Bevinding> bevindingen = r.vanGroep(g.code());
            if (bevindingen.isEmpty() || g.code().equals(RegioToetsing.INFRASTRUCTUUR)) {
                continue;
            }
            uit.println();
            uit.printf("%s %s%n", g.code(), g.naam());
            bevindingen.forEach(b -> bevinding(b, uit));
        }
    }

    /** The ketenaanpak × status overview; national blockers in their own column, apart from regional gaps. */
    private void ketenaanpakken(RegioToetsing r, PrintWriter uit) {
        if (Arrays.stream(Ketenaanpak.values()).allMatch(k -> r.vanKetenaanpak(k.code()).isEmpty())) {
            return;
        }
        uit.println();
        uit.printf(KOP.replace("%n", " %s%n"), "Ketenaanpak (regionale criteria)", "voldaan", "niet", "open", "onbekend", "n.v.t.",
                "geblokk.", "ingericht (K00) · landelijk ontbreekt");
        for (Ketenaanpak k : Ketenaanpak.values()) {
            String ingericht = r.ingericht(k.code()).map(b -> status(b.status(), false)).orElse("–");
            List<String> landelijk = r.landelijkOntbrekend(k.code());
            telregel(k.naam(), r.tellingKetenaanpak(k.code()), uit, ingericht + (landelijk.isEmpty() ? "" : " · " + String.join(", ", landelijk)));
        }
    }

    /** The to-do list: per party the criteria not met, open or unknown, with the subjects they concern. */
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

    private void telregel(String label, Map<Status, Long> telling, PrintWriter uit) {
        telregel(label, telling, uit, "");
    }

    private void telregel(String label, Map<Status, Long> telling, PrintWriter uit, String achter) {
        String kort = label.length() > 52 ? label.substring(0, 51) + "…" : label;
        uit.printf("  %-52s", kort);
        int[] breedte = {8, 6, 6, 9, 7, 9};
        for (int i = 0; i < KOLOMMEN.size(); i++) {
            uit.printf(" %" + breedte[i] + "d", telling.get(KOLOMMEN.get(i)));
        }
        uit.println(achter.isEmpty() ? "" : " " + achter);
    }

    private void bevinding(Bevinding b, PrintWriter uit) {
        String ernst = b.criterium().isVerplicht() ? "" : " [" + b.criterium().ernst().label() + "]";
        if (beknopt) {
            uit.printf("  %s %-6s %s%s — %s · %s%n", teken(b.status()), b.criterium().id(), status(b.status(), false), ernst,
                    b.onderwerp().label(), Termijntekst.van(b));
            return;
        }
        uit.printf("  %s %-6s %s%s — %s%n", teken(b.status()), b.criterium().id(), status(b.status(), false), ernst,
                b.criterium().titel());
        uit.printf("           %s · partij: %s · %s%n", b.onderwerp().label(), b.criterium().partij(), Termijntekst.van(b));
        uit.printf("           %s%n", b.melding());
        if (!b.bewijs().isEmpty()) {
            uit.printf("           bewijs: %s%n", String.join("; ", b.bewijs()));
        }
        if (b.status() != Status.VOLDAAN && b.status() != Status.NIET_VAN_TOEPASSING) {
            uit.printf("           wat is nodig: %s%n", b.criterium().herstel());
        }
        uit.printf("           bron: %s%s%n", b.criterium().bron(), feiten(b.feiten()));
    }

    private static String feiten(List<Herkomst> feiten) {
        if (feiten.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder(" · feiten:");
        for (Herkomst h : feiten) {
            s.append(' ').append(h.plaats()).append(' ').append(h.pad()).append(h.aanwezig() ? "" : " (ontbreekt)");
        }
        return s.toString();
    }

    private String status(Status s, boolean hoofdletters) {
        String tekst = hoofdletters ? s.label().toUpperCase() : s.label();
        return kleur ? kleurcode(s) + tekst + RESET : tekst;
    }

    private String teken(Status s) {
        String t = switch (s) {
            case VOLDAAN -> "✔";
            case NIET_VOLDAAN -> "✘";
            case OPEN -> "◷";
            case ONBEKEND -> "?";
            case NIET_VAN_TOEPASSING -> "–";
            case TOEGELICHT -> "✎";
            case GEBLOKKEERD_LANDELIJK -> "⛔";
        };
        return kleur ? kleurcode(s) + t + RESET : t;
    }

    private static String kleurcode(Status s) {
        return switch (s) {
            case VOLDAAN -> "\u001B[32m";
            case NIET_VOLDAAN -> "\u001B[31m";
            case OPEN -> "\u001B[36m";
            case ONBEKEND -> "\u001B[33m";
            default -> "\u001B[90m";
        };
    }
}
