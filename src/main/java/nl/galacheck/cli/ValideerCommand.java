package nl.galacheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import nl.galacheck.regio.Regiobestand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code galacheck valideer}: checks region files against the format, without evaluating any rule. */
@Command(name = "valideer", mixinStandardHelpOptions = true,
        description = "Controleert regiobestanden op het formaat (schema, types, datums, codes, verwijzingen) zonder te toetsen.",
        exitCodeListHeading = "%nAfsluitcodes:%n", exitCodeList = {"0:alle bestanden geldig", "2:verkeerd gebruik", "3:ongeldige invoer"})
final class ValideerCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PAD", description = "Regiobestanden (.yaml) of mappen met regiobestanden.")
    List<Path> paden;

    @Mixin
    Invoeropties invoer;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Regiobestand> bestanden = invoer.regiobestanden().laad(paden);
        PrintWriter uit = spec.commandLine().getOut();
        for (Regiobestand b : bestanden) {
            uit.printf("%s: geldig — %s (%s), %d gemeente(n)%n", b.regio().bestand(), b.regio().naam(), b.regio().code(), b.gemeenten().size());
        }
        uit.flush();
        return Afsluitcode.GOED;
    }
}
