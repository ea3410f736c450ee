package nl.galacheck.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import nl.galacheck.regels.Catalogus;
import nl.galacheck.regels.Criterium;
import nl.galacheck.regels.Groep;
import nl.galacheck.regels.Regelset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;

/** {@code galacheck criteria}: the catalogue, grouped, with party, deadline and source. */
@Command(name = "criteria", mixinStandardHelpOptions = true, description = "Toont de criteriacatalogus met partij, termijn en bron.")
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
            uit.printf("%n%s %s — %s%n", g.code(), g.naam(), g.bron());
            uit.printf("  %-7s %-10s %-16s %-17s %s%n", "id", "ernst", "partij", "termijn", "criterium");
            for (Criterium c : catalogus.criteria()) {
                if (c.groep().equals(g.code())) {
                    uit.printf("  %-7s %-10s %-16s %-17s %s%n", c.id(), c.ernst().label(), c.partij(), Uitleg.termijn(c), c.titel());
                }
            }
        }
        uit.flush();
        return Afsluitcode.GOED;
    }
}
