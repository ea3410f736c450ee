package nl.galacheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import nl.galacheck.rapport.Rapport;
import nl.galacheck.rapport.Weergave;
import nl.galacheck.toetsdienst.Regiobronnen;
import nl.galacheck.toetsdienst.Toetsdienst;
import nl.galacheck.toetsdienst.Toetsopties;
import nl.galacheck.toetsing.Selectie;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code galacheck check}: region files → {@link Toetsdienst} → the chosen renderers, exit code from the findings. */
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

    @Option(names = "--formaat", paramLabel = "FORMAAT[,FORMAAT…]",
            description = "tekst, json, … of meerdere, gescheiden door komma's (dan met --uit NAAM). Standaard: "
                    + "naar de extensie van --uit, anders tekst.")
    String formaat;

    @Option(names = "--uit", paramLabel = "BESTAND", description = "Schrijf het rapport naar dit bestand in plaats van naar het scherm.")
    Path uit;

    @Option(names = "--volledig", description = "Tekstrapport met elke bevinding, met melding, bewijs, herstel, bron en feiten.")
    boolean volledig;

    @Option(names = "--streng", description = "Een verplicht criterium dat ONBEKEND is, telt voor de afsluitcode als NIET_VOLDAAN "
            + "(voor CI op regiobestanden: een bestand dat niets zegt, faalt).")
    boolean streng;

    @Option(names = "--beknopt", description = "Tekstrapport met elke bevinding op één regel (zonder melding, bewijs, herstel en bron).")
    boolean beknopt;

    @Mixin
    Selectieopties selectie;

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
        Rapportuitvoer uitvoer;
        Selectie gekozen;
        try {
            uitvoer = Rapportuitvoer.kies(formaat, uit);
            gekozen = selectie.selectie();
        } catch (Rapportuitvoer.GebruiksFout e) {
            fout.println("galacheck: " + e.getMessage());
            return Afsluitcode.GEBRUIK_OF_REGELS;
        }
        for (Path doel : uitvoer.bestanden()) {
            if (schrijftInInvoer(doel)) {
                fout.println("galacheck: " + weigerUit(doel));
                return Afsluitcode.GEBRUIK_OF_REGELS;
            }
        }
        Tijden tijden = new Tijden();
        Toetsdienst dienst = new Toetsdienst(invoer.regiobestanden(), () -> Voorbouw.neem(regels.map, regels::regelset));
        Toetsdienst.Ingelezen ingelezen = dienst.lees(Regiobronnen.paden(paden));
        if (!ingelezen.lading().fouten().isEmpty()) {
            // the broken files first, so they are not missed above a long report; the valid ones are still judged
            Meldingen.ongeldigeBestanden(ingelezen.lading(), fout);
        }
        tijden.stap("laden");
        dienst.regelset();
        tijden.stap("regels");
        boolean kleur = Console.kleur() && spec.commandLine().getOut() == Console.UIT;
        Toetsdienst.Uitslag uitslag = dienst.toets(ingelezen, new Toetsopties(datum, gekozen,
                new Weergave(kleur, volledig || beknopt, beknopt), uitvoer.renderers()));
        tijden.stap("toetsen");
        Rapport rapport = uitslag.rapport();
        try {
            uitvoer.schrijf(rapport, spec.commandLine().getOut());
        } catch (IOException e) {
            fout.println("galacheck: kan het rapport niet schrijven: " + Meldingen.reden(e)
                    + (e instanceof java.nio.file.FileSystemException f && f.getFile() != null ? " (" + f.getFile() + ")" : ""));
            return Afsluitcode.GEBRUIK_OF_REGELS;
        }
        tijden.stap("rapport");
        tijden.meld(fout);
        if (!ingelezen.lading().fouten().isEmpty()) {
            return Afsluitcode.ONGELDIGE_INVOER;
        }
        return uitslag.geheel().heeftVerplichteTekorten(streng) ? Afsluitcode.TEKORTEN : Afsluitcode.GOED;
    }

    private boolean schrijftInInvoer(Path bestand) {
        return schrijftIn(bestand, paden);
    }

    /** The one message for an output path that {@link #schrijftIn} refuses, for every command with {@code --uit}. */
    static String weigerUit(Path uit) {
        return "--uit " + uit + " is een invoerbestand of een YAML-bestand; galacheck schrijft nooit in zijn invoer of in een (mogelijk regio)bestand .yaml/.yml.";
    }

    /**
     * Whether writing {@code uit} would overwrite an input file, or any YAML file: a report is never YAML,
     * and a YAML file may be another region's file.
     */
    static boolean schrijftIn(Path uit, List<Path> paden) {
        Path doel = uit.toAbsolutePath().normalize();
        return isYaml(doel) || paden.stream().map(p -> p.toAbsolutePath().normalize())
                .anyMatch(p -> doel.equals(p) || (Files.isDirectory(p) && doel.startsWith(p) && isYaml(doel)));
    }

    static boolean isYaml(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }
}
