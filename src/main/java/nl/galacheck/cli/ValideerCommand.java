package nl.galacheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import nl.galacheck.invoer.Regiobestanden;
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
        Regiobestanden.Lading lading = invoer.laad(paden, nl.galacheck.regels.Regelbron.ingebouwd());
        PrintWriter uit = spec.commandLine().getOut();
        for (Regiobestand b : lading.geldig()) {
            uit.printf("%s: geldig — %s (%s), %d gemeente(n)%n", b.regio().bestand(), b.regio().naam(), b.regio().code(), b.gemeenten().size());
        }
        uit.flush();
        if (lading.fouten().isEmpty()) {
            return Afsluitcode.GOED;
        }
        PrintWriter fout = spec.commandLine().getErr();
        lading.fouten().forEach(f -> fout.println(f.tekst()));
        fout.printf("galacheck: %d fout(en) in %d bestand(en); %d bestand(en) geldig.%n",
                lading.fouten().size(), lading.ongeldigeBestanden().size(), lading.geldig().size());
        return Afsluitcode.ONGELDIGE_INVOER;
    }
}
