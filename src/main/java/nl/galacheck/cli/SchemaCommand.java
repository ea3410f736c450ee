package nl.galacheck.cli;

import java.util.concurrent.Callable;

import nl.galacheck.invoer.RegioSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code galacheck schema}: prints the JSON Schema of the region format, for editors. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Toont het JSON Schema van het regiobestand (voor editors: aanvullen en controleren tijdens het typen).")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(RegioSchema.tekst());
        spec.commandLine().getOut().flush();
        return Afsluitcode.GOED;
    }
}
