package nl.galacheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code galacheck sjabloon}: a fully commented region file to fill in; it validates as it is. */
@Command(name = "sjabloon", mixinStandardHelpOptions = true,
        description = "Schrijft een regiobestand met uitleg bij elke sleutel, om in te vullen.")
final class SjabloonCommand implements Callable<Integer> {

    private static final String RESOURCE = "galacheck-sjabloon/regio.yaml";

    @Option(names = "--regio", required = true, paramLabel = "NAAM", description = "Naam van de IZA-regio.")
    String naam;

    @Option(names = "--code", paramLabel = "CODE", description = "Korte regiocode (standaard afgeleid van de naam).")
    String code;

    @Option(names = "--schema", paramLabel = "PAD", defaultValue = "schema/regio.schema.json",
            description = "Pad of URL van het schema voor de editor (standaard: ${DEFAULT-VALUE}; zie galacheck schema).")
    String schema;

    @Option(names = "--uit", paramLabel = "BESTAND", description = "Schrijf naar dit (nieuwe) bestand in plaats van naar het scherm.")
    Path uit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (naam.isBlank() || naam.contains("\"") || naam.contains("\n")) {
            spec.commandLine().getErr().println("galacheck: --regio: geef een naam zonder aanhalingstekens of regeleinden");
            return Afsluitcode.GEBRUIK_OF_REGELS;
        }
        String tekst = sjabloon().replace("{{naam}}", naam).replace("{{code}}", code == null ? code(naam) : code)
                .replace("{{schema}}", schema);
        if (uit == null) {
            spec.commandLine().getOut().print(tekst);
            spec.commandLine().getOut().flush();
            return Afsluitcode.GOED;
        }
        try {
            // createFile refuses an existing file: a template never overwrites a region's work
            Files.writeString(Files.createFile(uit), tekst, StandardCharsets.UTF_8);
            return Afsluitcode.GOED;
        } catch (IOException e) {
            spec.commandLine().getErr().println("galacheck: " + uit + ": kan niet schrijven: " + Meldingen.reden(e)
                    + (e instanceof java.nio.file.FileAlreadyExistsException ? " (een sjabloon overschrijft niets)" : ""));
            return Afsluitcode.GEBRUIK_OF_REGELS;
        }
    }

    /** "Regio Noord-Holland Noord" → "REGIO-NOORD-HOLLAND-NOORD", within the code pattern of the schema. */
    static String code(String naam) {
        String zonderAccenten = Normalizer.normalize(naam, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String c = zonderAccenten.toUpperCase().replaceAll("[^A-Z0-9]+", "-").replaceAll("^-+|-+$", "");
        c = c.isEmpty() ? "REGIO" : c;
        return c.length() > 40 ? c.substring(0, 40).replaceAll("-+$", "") : c;
    }

    private static String sjabloon() {
        try (InputStream in = SjabloonCommand.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
