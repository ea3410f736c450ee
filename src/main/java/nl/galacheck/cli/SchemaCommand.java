package nl.galacheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import nl.galacheck.invoer.RegioSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code galacheck schema}: the JSON Schema of the region format, for editors (to the screen or a new file). */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Toont het JSON Schema van het regiobestand (voor editors: aanvullen en controleren tijdens het typen).")
final class SchemaCommand implements Callable<Integer> {

    @Option(names = "--uit", paramLabel = "BESTAND", description = "Schrijf het schema naar dit (nieuwe) bestand, bijvoorbeeld naast de regiobestanden.")
    Path uit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (uit == null) {
            spec.commandLine().getOut().print(RegioSchema.tekst());
            spec.commandLine().getOut().flush();
            return Afsluitcode.GOED;
        }
        try {
            Files.writeString(Files.createFile(uit), RegioSchema.tekst(), StandardCharsets.UTF_8);
            return Afsluitcode.GOED;
        } catch (IOException e) {
            spec.commandLine().getErr().println("galacheck: " + uit + ": kan niet schrijven: " + Meldingen.reden(e));
            return Afsluitcode.GEBRUIK_OF_REGELS;
        }
    }
}
