package nl.galacheck.rapport.vergelijking;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.galacheck.vergelijking.Punt;
import nl.galacheck.vergelijking.Vergelijking;
import nl.galacheck.vergelijking.Wijziging;

/** The comparison in Markdown, for the minutes of a regional meeting: per region the verdicts and a table per kind of change. */
final class VergelijkingMarkdown implements Vergelijkingsrenderer {

    @Override
    public String naam() {
        return "md";
    }

    @Override
    public String extensie() {
        return "md";
    }

    @Override
    public void schrijf(Vergelijking v, OutputStream stroom) {
        PrintWriter uit = new PrintWriter(new OutputStreamWriter(stroom, StandardCharsets.UTF_8));
        uit.printf("# Vergelijking van twee toetsingen aan het GALA%n%n");
        uit.printf("| | |%n|---|---|%n| oud | %s |%n| nieuw | %s |%n", cel(Vergelijkingstekst.stand(v.oud())),
                cel(Vergelijkingstekst.stand(v.nieuw())));
        if (v.andereRegels()) {
            uit.printf("%n> **%s**%n", Vergelijkingstekst.andereRegels(v));
        }
        v.alleenOud().forEach(c -> uit.printf("%n- regio %s staat alleen in oud%n", c));
        v.alleenNieuw().forEach(c -> uit.printf("%n- regio %s staat alleen in nieuw%n", c));
        for (Vergelijking.RegioVergelijking r : v.regios()) {
            uit.printf("%n## %s (%s)%n%n", cel(r.naam()), r.code());
            uit.printf("| oordeel | oud → nieuw |%n|---|---|%n");
            if (r.infrastructuur() != null) {
                uit.printf("| Preventie-infrastructuur (B0) | %s |%n", Vergelijkingstekst.overgang(r.infrastructuur()));
            }
            for (Vergelijking.Overgang k : r.ingericht()) {
                uit.printf("| K00 %s | %s |%n", cel(Vergelijkingstekst.ketenaanpak(k.onderwerp())), Vergelijkingstekst.overgang(k));
            }
            uit.printf("%nBevindingen: %s%n", Vergelijkingstekst.telling(r.tellingOud(), r.tellingNieuw()));
            for (Wijziging.Soort soort : Vergelijkingstekst.SOORTEN) {
                List<Wijziging> lijst = r.van(soort);
                if (lijst.isEmpty()) {
                    continue;
                }
                uit.printf("%n### %s (%d)%n%n", VergelijkingTekst.kop(soort), lijst.size());
                uit.printf("| criterium | titel | onderwerp | partij | ernst | oud → nieuw | verslechterd |%n|---|---|---|---|---|---|---|%n");
                for (Wijziging w : lijst) {
                    Punt p = w.punt();
                    uit.printf("| %s | %s | %s | %s | %s | %s | %s |%n", p.criterium(), cel(p.titel()), cel(p.onderwerp().label()),
                            p.partij(), p.ernst(), cel(Vergelijkingstekst.van(w)), w.isVerslechtering() ? "ja" : "");
                }
            }
        }
        uit.printf("%n%s%n", Vergelijkingstekst.samenvatting(v));
        uit.flush();
    }

    /** A table cell: no pipes or line breaks from the data. */
    private static String cel(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }
}
