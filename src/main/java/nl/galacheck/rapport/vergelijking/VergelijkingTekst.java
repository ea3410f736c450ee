package nl.galacheck.rapport.vergelijking;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.galacheck.vergelijking.Vergelijking;
import nl.galacheck.vergelijking.Wijziging;

/** The comparison for the terminal: per region B0 and K00 before and after, the counts, then every change by kind. */
final class VergelijkingTekst implements Vergelijkingsrenderer {

    @Override
    public String naam() {
        return "tekst";
    }

    @Override
    public String extensie() {
        return "txt";
    }

    @Override
    public void schrijf(Vergelijking v, OutputStream stroom) {
        PrintWriter uit = new PrintWriter(new OutputStreamWriter(stroom, StandardCharsets.UTF_8));
        uit.println("galacheck — vergelijking van twee toetsingen aan het GALA");
        uit.println("oud:   " + Vergelijkingstekst.stand(v.oud()));
        uit.println("nieuw: " + Vergelijkingstekst.stand(v.nieuw()));
        if (v.andereRegels()) {
            uit.println(Vergelijkingstekst.andereRegels(v));
        }
        v.alleenOud().forEach(c -> uit.println("regio " + c + " staat alleen in oud"));
        v.alleenNieuw().forEach(c -> uit.println("regio " + c + " staat alleen in nieuw"));
        for (Vergelijking.RegioVergelijking r : v.regios()) {
            uit.println();
            uit.println("═".repeat(100));
            uit.printf("%s (%s)%n", r.naam(), r.code());
            if (r.infrastructuur() != null) {
                uit.println("Preventie-infrastructuur (B0): " + Vergelijkingstekst.overgang(r.infrastructuur()));
            }
            for (Vergelijking.Overgang k : r.ingericht()) {
                uit.printf("Ketenaanpak ingericht (K00) %-36s %s%n", Vergelijkingstekst.ketenaanpak(k.onderwerp()) + ":",
                        Vergelijkingstekst.overgang(k));
            }
            uit.println("Bevindingen: " + Vergelijkingstekst.telling(r.tellingOud(), r.tellingNieuw()));
            for (Wijziging.Soort soort : Vergelijkingstekst.SOORTEN) {
                List<Wijziging> lijst = r.van(soort);
                if (lijst.isEmpty()) {
                    continue;
                }
                uit.println();
                uit.printf("%s (%d)%n", kop(soort), lijst.size());
                lijst.forEach(w -> uit.println("  " + Vergelijkingstekst.regel(w)));
            }
            if (r.wijzigingen().isEmpty()) {
                uit.println("  geen bevinding van status veranderd");
            }
        }
        uit.println();
        uit.println(Vergelijkingstekst.samenvatting(v));
        uit.flush();
    }

    static String kop(Wijziging.Soort soort) {
        return switch (soort) {
            case GESLOTEN -> "Gesloten (nu voldaan)";
            case GEOPEND -> "Geopend (nu niet voldaan of open)";
            case TE_LAAT -> "Te laat geworden (termijn verstreken)";
            case GEWIJZIGD -> "Andere statuswijzigingen";
            case NIEUW -> "Nieuw (alleen in nieuw)";
            case VERVALLEN -> "Vervallen (alleen in oud)";
        };
    }
}
