package nl.galacheck.cli;

import java.util.concurrent.Callable;

import nl.galacheck.regels.Catalogus;
import nl.galacheck.regels.Criterium;
import nl.galacheck.regels.Regelset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code galacheck uitleg ID}: one criterion with its source text, party, deadline and evidence. */
@Command(name = "uitleg", mixinStandardHelpOptions = true, description = "Legt één criterium uit: brontekst, partij, termijn en wat voldoet.")
final class UitlegCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "Het id van het criterium, bijvoorbeeld B4.C.")
    String id;

    @Mixin
    Regelopties regels;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Catalogus catalogus = Regelset.leesCatalogus(regels.bron());
        Criterium c = catalogus.criterium(id).or(() -> catalogus.criterium(id.toUpperCase())).orElse(null);
        if (c == null) {
            spec.commandLine().getErr().printf("galacheck: onbekend criterium '%s'; galacheck criteria toont alle ids.%n", id);
            return Afsluitcode.GEBRUIK_OF_REGELS;
        }
        Uitleg.schrijf(c, catalogus, spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
        return Afsluitcode.GOED;
    }
}
