package nl.galacheck.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import nl.galacheck.invoer.Levenshtein;
import nl.galacheck.rapport.Uitleg;
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
            spec.commandLine().getErr().printf("galacheck uitleg: onbekend criterium '%s'%s; `galacheck criteria` toont alle ids.%n",
                    id, suggestie(id, catalogus));
            return Afsluitcode.GEBRUIK_OF_REGELS;
        }
        Uitleg.schrijf(c, catalogus, spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
        return Afsluitcode.GOED;
    }

    /** " — bedoelde u B1.7?" for B17, b1,7 or B1.77: the same letters and digits, or one typo away. */
    static String suggestie(String id, Catalogus catalogus) {
        String gezocht = kern(id);
        List<String> ids = catalogus.criteria().stream().map(Criterium::id).toList();
        Optional<String> zelfde = ids.stream().filter(i -> kern(i).equals(gezocht)).findFirst();
        Optional<String> dichtbij = zelfde.or(() -> ids.stream()
                .min(Comparator.comparingInt(i -> Levenshtein.afstand(kern(i), gezocht)))
                .filter(i -> Levenshtein.afstand(kern(i), gezocht) <= Math.max(1, gezocht.length() / 4)));
        return dichtbij.map(i -> " — bedoelde u " + i + "?").orElse("");
    }

    private static String kern(String id) {
        return id.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
