package nl.galacheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import nl.galacheck.invoer.Plaatshouder;
import nl.galacheck.regels.Regelset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code galacheck sjabloon}: a region file with every key of the format, generated from the schema and
 * the catalogue, to fill in. With {@code --gemeente} it validates as written and says ONBEKEND everywhere.
 */
@Command(name = "sjabloon", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Schrijft een regiobestand met elke sleutel van het formaat en het criterium erbij, om in te vullen.")
final class SjabloonCommand implements Callable<Integer> {

    static final String SCHEMABESTAND = "regio.schema.json";

    @Option(names = "--regio", required = true, paramLabel = "NAAM", description = "Naam van de IZA-regio.")
    String naam;

    @Option(names = "--code", paramLabel = "CODE", description = "Korte regiocode (standaard afgeleid van de naam).")
    String code;

    @Option(names = "--gemeente", paramLabel = "CODE=NAAM", description = "Een gemeente van de regio, bijvoorbeeld "
            + "GM0363=Amsterdam; herhaal voor elke gemeente. Zonder: één plaatshouder om in te vullen.")
    Map<String, String> gemeenten;

    @Option(names = "--schema", paramLabel = "PAD",
            description = "Pad of URL van het schema voor de editor (standaard: schema/regio.schema.json als dat vanaf het "
                    + "bestand te vinden is, anders regio.schema.json ernaast; zie galacheck schema --uit).")
    String schema;

    @Option(names = "--uit", paramLabel = "BESTAND", description = "Schrijf naar dit (nieuwe) bestand in plaats van naar het scherm.")
    Path uit;

    @Mixin
    Regelopties regels;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter fout = spec.commandLine().getErr();
        if (naam.isBlank() || naam.contains("\"") || naam.contains("\n")) {
            fout.println("galacheck: --regio: geef een naam zonder aanhalingstekens of regeleinden");
            return Afsluitcode.GEBRUIK_OF_REGELS;
        }
        List<Sjabloonschrijver.Gemeente> lijst = new ArrayList<>();
        if (gemeenten == null || gemeenten.isEmpty()) {
            lijst.add(new Sjabloonschrijver.Gemeente(Plaatshouder.GEMEENTECODE, Plaatshouder.GEMEENTENAAM));
        } else {
            for (Map.Entry<String, String> g : gemeenten.entrySet()) {
                if (!g.getKey().matches("GM\\d{4}") || g.getKey().equals(Plaatshouder.GEMEENTECODE)
                        || g.getValue().isBlank() || g.getValue().contains("\"")) {
                    fout.println("galacheck sjabloon: --gemeente " + g.getKey() + "=" + g.getValue()
                            + ": geef CODE=NAAM met een CBS-code, bijvoorbeeld GM0363=Amsterdam (zie `galacheck sjabloon --help`)");
                    return Afsluitcode.GEBRUIK_OF_REGELS;
                }
                lijst.add(new Sjabloonschrijver.Gemeente(g.getKey(), g.getValue()));
            }
        }
        Path map = (uit == null ? Path.of("") : uit).toAbsolutePath().getParent();
        Path waar = map == null ? Path.of("").toAbsolutePath() : map;
        String schemaPad = schema != null ? schema : schemaPad(waar);
        String tekst = new Sjabloonschrijver(Regelset.leesCatalogus(regels.bron()))
                .schrijf(naam, code == null ? code(naam) : code, schemaPad, lijst);
        if (uit == null) {
            spec.commandLine().getOut().print(tekst);
            spec.commandLine().getOut().flush();
            return Afsluitcode.GOED;
        }
        try {
            // createFile refuses an existing file: a template never overwrites a region's work
            Files.writeString(Files.createFile(uit), tekst, StandardCharsets.UTF_8);
            if (schema == null && schemaPad.equals(SCHEMABESTAND) && !Files.isRegularFile(waar.resolve(SCHEMABESTAND))) {
                fout.println("galacheck: er is geen schema bij dit bestand; voor controle tijdens het typen: galacheck schema --uit "
                        + waar.resolve(SCHEMABESTAND));
            }
            return Afsluitcode.GOED;
        } catch (IOException e) {
            fout.println("galacheck: " + uit + ": kan niet schrijven: " + Meldingen.reden(e)
                    + (e instanceof java.nio.file.FileAlreadyExistsException ? " (een sjabloon overschrijft niets)" : ""));
            return Afsluitcode.GEBRUIK_OF_REGELS;
        }
    }

    /**
     * The schema line must resolve from where the file is written: the nearest schema/regio.schema.json in
     * that directory or above it (a repository of region files), relative; otherwise regio.schema.json beside
     * the file, with the command that puts it there.
     */
    static String schemaPad(Path map) {
        for (Path p = map; p != null; p = p.getParent()) {
            Path kandidaat = p.resolve("schema").resolve(SCHEMABESTAND);
            if (Files.isRegularFile(kandidaat)) {
                return map.relativize(kandidaat).toString().replace('\\', '/');
            }
        }
        return SCHEMABESTAND;
    }

    /** "Regio Noord-Holland Noord" → "REGIO-NOORD-HOLLAND-NOORD", within the code pattern of the schema. */
    static String code(String naam) {
        String zonderAccenten = Normalizer.normalize(naam, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String c = zonderAccenten.toUpperCase().replaceAll("[^A-Z0-9]+", "-").replaceAll("^-+|-+$", "");
        c = c.isEmpty() ? "REGIO" : c;
        return c.length() > 40 ? c.substring(0, 40).replaceAll("-+$", "") : c;
    }
}
