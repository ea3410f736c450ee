package nl.galacheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import nl.galacheck.rapport.Formaat;
import nl.galacheck.regels.Regelset;
import nl.galacheck.regio.Regiobestand;
import nl.galacheck.toetsing.Toetser;
import nl.galacheck.toetsing.Toetsing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code galacheck check}: region files → rules → report, exit code from the findings. */
@Command(name = "check", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Toetst regiobestanden aan de GALA-criteria en toont de bevindingen.",
        exitCodeListHeading = "%nAfsluitcodes:%n",
        exitCodeList = {"0:geen verplichte criteria niet voldaan", "1:verplichte criteria niet voldaan",
                "2:verkeerd gebruik of regels niet bruikbaar", "3:ongeldige invoer"})
final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PAD", description = "Regiobestanden (.yaml) of mappen met regiobestanden.")
    List<Path> paden;

    @Option(names = "--peildatum", paramLabel = "JJJJ-MM-DD", converter = DatumConverter.class,
            description = "Datum van toetsing; termijnen en gedateerde feiten worden hiermee vergeleken. Standaard: vandaag.")
    LocalDate peildatum;

    @Option(names = "--formaat", paramLabel = "FORMAAT", defaultValue = "tekst", converter = FormaatConverter.class,
            description = "tekst of json (standaard: ${DEFAULT-VALUE}).")
    Formaat formaat;

    @Option(names = "--uit", paramLabel = "BESTAND", description = "Schrijf het rapport naar dit bestand in plaats van naar het scherm.")
    Path uit;

    @Option(names = "--beknopt", description = "Tekstrapport met één regel per bevinding (zonder melding, bewijs, herstel en bron).")
    boolean beknopt;

    @Mixin
    Regelopties regels;

    @Mixin
    Invoeropties invoer;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter fout = spec.commandLine().getErr();
        LocalDate datum = peildatum == null ? LocalDate.now() : peildatum;
        if (uit != null && schrijftInInvoer()) {
            fout.println("galacheck: --uit " + uit + " is een van de invoerbestanden; galacheck schrijft nooit in zijn invoer.");
            return Afsluitcode.GEBRUIK_OF_REGELS;
        }
        Tijden tijden = new Tijden();
        List<Regiobestand> bestanden = invoer.regiobestanden().laad(paden);
        tijden.stap("laden");
        Regelset regelset = Voorbouw.neem(regels.map, regels::regelset);
        tijden.stap("regels");
        Toetsing toetsing = new Toetser(regelset).toets(bestanden, datum);
        tijden.stap("toetsen");
        if (uit == null) {
            formaat.renderer(Console.kleur() && spec.commandLine().getOut() == Console.UIT, beknopt).schrijf(toetsing, spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
        } else {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(uit, StandardCharsets.UTF_8))) {
                formaat.renderer(false, beknopt).schrijf(toetsing, w);
            } catch (IOException e) {
                fout.println("galacheck: " + uit + ": kan niet schrijven: " + e.getMessage());
                return Afsluitcode.GEBRUIK_OF_REGELS;
            }
        }
        tijden.stap("rapport");
        tijden.meld(fout);
        return toetsing.heeftVerplichteTekorten() ? Afsluitcode.TEKORTEN : Afsluitcode.GOED;
    }

    private boolean schrijftInInvoer() {
        Path doel = uit.toAbsolutePath().normalize();
        return paden.stream().map(p -> p.toAbsolutePath().normalize())
                .anyMatch(p -> doel.equals(p) || (Files.isDirectory(p) && doel.startsWith(p) && isYaml(doel)));
    }

    private static boolean isYaml(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }
}
