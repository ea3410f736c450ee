package nl.galacheck.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import nl.galacheck.rapport.Uitleg;
import nl.galacheck.regels.Catalogus;
import nl.galacheck.regels.Criterium;
import nl.galacheck.regels.Groep;
import nl.galacheck.regels.Regelset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;

/** {@code galacheck criteria}: the catalogue, grouped, with party, deadline and source. */
@Command(name = "criteria", mixinStandardHelpOptions = true, description = "Toont de criteriacatalogus met ernst, grondslag, partij, termijn en bron.")
final class CriteriaCommand implements Callable<Integer> {

    @Mixin
    Regelopties regels;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Catalogus catalogus = Regelset.leesCatalogus(regels.bron());
        PrintWriter uit = spec.commandLine().getOut();
        uit.printf("%d criteria. Meer over één criterium: galacheck uitleg ID%n", catalogus.grootte());
        for (Groep g : catalogus.groepen()) {
            List<Criterium> criteria = catalogus.criteria().stream().filter(c -> c.groep().equals(g.code())).toList();
            int breedte = Math.max(7, criteria.stream().mapToInt(c -> c.id().length()).max().orElse(0));
            String regel = "  %-" + breedte + "s %-10s %-16s %-17s %s%n";
            uit.printf("%n%s %s — %s%n", g.code(), g.naam(), g.bron());
            uit.printf(regel, "id", "ernst", "partij", "termijn", "criterium");
            for (Criterium c : criteria) {
                uit.printf(regel, c.id(), c.gewicht(), c.partij(), Uitleg.termijn(c), c.titel());
                uit.printf(regel, "", "", "", "", "grondslag: \"" + c.grondslag() + "\"");
            }
        }
        uit.flush();
        return Afsluitcode.GOED;
    }
}
