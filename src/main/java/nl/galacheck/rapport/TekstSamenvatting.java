package nl.galacheck.rapport;

import java.io.PrintWriter;
import java.util.List;

import nl.galacheck.toetsing.Bevinding;
import nl.galacheck.toetsing.RegioToetsing;
import nl.galacheck.toetsing.Werkvoorraad;

/** The default text report after the counts: what to do first, what to fill in, what is blocked nationally. */
final class TekstSamenvatting {

    private final Tekstopmaak opmaak;

    TekstSamenvatting(Tekstopmaak opmaak) {
        this.opmaak = opmaak;
    }

    void schrijf(RegioToetsing r, PrintWriter uit) {
        Werkvoorraad w = r.werkvoorraad();
        uit.println();
        uit.printf("Eerst te doen (%d verplichte criteria niet voldaan of open; meest te laat eerst, dan de dichtstbijzijnde termijn)%n",
                w.eerstTeDoen().size());
        if (w.eerstTeDoen().isEmpty()) {
            uit.println("  niets: geen verplicht criterium van de regio is niet voldaan of open");
        }
        int n = 1;
        for (Bevinding b : w.eerstTeDoen()) {
            uit.printf("  %2d. %s%n", n++, TekstRenderer.regel(b, opmaak));
        }
        if (!w.aanTeVullen().isEmpty()) {
            int aantal = w.aanTeVullen().stream().mapToInt(a -> a.bevindingen().size()).sum();
            uit.println();
            uit.printf("Nog aan te vullen in het bestand (%d verplichte bevindingen onbekend, per ontbrekende sleutel)%n", aantal);
            for (Werkvoorraad.Aanvulling a : w.aanTeVullen()) {
                uit.printf("  %-62s %s%s%n", a.sleutel(), String.join(", ", a.criteria()), wie(a));
            }
        }
        if (!w.landelijk().isEmpty()) {
            uit.println();
            uit.println("Landelijk (geen regionaal tekort: wat landelijke partijen nog moeten regelen)");
            for (Werkvoorraad.LandelijkeBlokkade l : w.landelijk()) {
                uit.printf("  %s: %s%n", l.ketenaanpak().naam(), landelijk(l));
            }
        }
    }

    private static String wie(Werkvoorraad.Aanvulling a) {
        StringBuilder s = new StringBuilder();
        if (a.ketenaanpakken().size() > 1) {
            s.append(" · ").append(String.join(", ", a.ketenaanpakken()));
        }
        if (!a.gemeenten().isEmpty()) {
            s.append(" · ").append(a.gemeenten().size() == 1 ? a.gemeenten().get(0) : a.gemeenten().size() + " gemeenten");
        }
        if (a.plaats() != null && a.plaats().regel() > 0) {
            s.append(" · vanaf regel ").append(a.plaats().regel());
        }
        return s.toString();
    }

    private static String landelijk(Werkvoorraad.LandelijkeBlokkade l) {
        List<String> delen = new java.util.ArrayList<>();
        if (!l.ontbrekend().isEmpty()) {
            delen.add("ontbreekt " + ids(l.ontbrekend()));
        }
        if (!l.onbekend().isEmpty()) {
            delen.add("onbekend " + ids(l.onbekend()));
        }
        if (!l.geblokkeerd().isEmpty()) {
            delen.add("daardoor geblokkeerd " + ids(l.geblokkeerd()) + " (" + l.geblokkeerd().size() + " bevindingen)");
        }
        return String.join(" · ", delen);
    }

    private static String ids(List<Bevinding> lijst) {
        return String.join(", ", lijst.stream().map(b -> b.criterium().id()).distinct().toList());
    }
}
