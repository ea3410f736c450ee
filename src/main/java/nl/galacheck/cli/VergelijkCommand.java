package nl.galacheck.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import nl.galacheck.rapport.vergelijking.Vergelijkingsrenderer;
import nl.galacheck.rapport.Verantwoording;
import nl.galacheck.regels.Regelset;
import nl.galacheck.regio.Regiobestand;
import nl.galacheck.toetsing.Toetser;
import nl.galacheck.vergelijking.RapportLezer;
import nl.galacheck.vergelijking.Stand;
import nl.galacheck.vergelijking.Vergelijking;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code galacheck vergelijk}: two JSON reports, or the same region files on two peildatums, compared; exit 1
 * when a mandatory finding of a region got worse.
 */
@Command(name = "vergelijk", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Vergelijkt twee toetsingen: wat is gesloten, geopend, te laat geworden of van status veranderd, en hoe B0 en K00 veranderden.",
                "Twee JSON-rapporten (vergelijk OUD.json NIEUW.json), of regiobestanden op twee peildatums (vergelijk --van D1 --tot D2 PAD...)."},
        exitCodeListHeading = "%nAfsluitcodes:%n",
        exitCodeList = {"0:geen verplichte bevinding van een regio verslechterd", "1:minstens één verplichte bevinding verslechterd",
                "2:verkeerd gebruik, andere regels zonder --andere-regels, of regels niet bruikbaar", "3:ongeldige invoer"})
final class VergelijkCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PAD",
            description = "OUD.json NIEUW.json (rapporten van check --formaat json), of met --van/--tot regiobestanden of mappen.")
    List<Path> paden;

    @Option(names = "--van", paramLabel = "JJJJ-MM-DD", converter = DatumConverter.class,
            description = "Toets de regiobestanden op deze peildatum (oud) …")
    LocalDate van;

    @Option(names = "--tot", paramLabel = "JJJJ-MM-DD", converter = DatumConverter.class,
            description = "… en op deze (nieuw).")
    LocalDate tot;

    @Option(names = "--andere-regels",
            description = "Vergelijk ook rapporten die met andere regels zijn gemaakt (het resultaat zegt het dan).")
    boolean andereRegels;

    @Option(names = "--formaat", paramLabel = "FORMAAT", description = "tekst (standaard), md of json; zonder: naar de extensie van --uit.")
    String formaat;

    @Option(names = "--uit", paramLabel = "BESTAND", description = "Schrijf de vergelijking naar dit bestand.")
    Path uit;

    @Mixin
    Regelopties regels;

    @Mixin
    Invoeropties invoer;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter fout = spec.commandLine().getErr();
        Vergelijkingsrenderer renderer;
        try {
            renderer = kies();
            if (uit != null && (CheckCommand.isYaml(uit.toAbsolutePath()) || paden.stream().anyMatch(p -> isInvoer(p, uit)))) {
                throw new Rapportuitvoer.GebruiksFout(CheckCommand.weigerUit(uit));
            }
        } catch (Rapportuitvoer.GebruiksFout e) {
            fout.println("galacheck: " + e.getMessage());
            return Afsluitcode.GEBRUIK_OF_REGELS;
        }
        Vergelijking vergelijking;
        if (van != null) {
            vergelijking = opTweePeildatums();
        } else {
            RapportLezer lezer = new RapportLezer();
            Stand oud = lezer.lees(paden.get(0));
            Stand nieuw = lezer.lees(paden.get(1));
            if (!andereRegels && !java.util.Objects.equals(oud.regelsSha256(), nieuw.regelsSha256())) {
                fout.printf("galacheck: de rapporten zijn met andere regels gemaakt (%s: sha256 %s; %s: sha256 %s); een verschil kan dan%n"
                        + "ook uit de regels komen in plaats van uit de regio. Vergelijk ze toch met --andere-regels.%n",
                        oud.herkomst(), oud.regelsSha256(), nieuw.herkomst(), nieuw.regelsSha256());
                return Afsluitcode.GEBRUIK_OF_REGELS;
            }
            vergelijking = Vergelijking.van(oud, nieuw, andereRegels);
        }
        try {
            schrijf(renderer, vergelijking);
        } catch (IOException e) {
            fout.println("galacheck: kan de vergelijking niet schrijven: " + e.getMessage());
            return Afsluitcode.GEBRUIK_OF_REGELS;
        }
        return vergelijking.heeftVerslechteringen() ? Afsluitcode.TEKORTEN : Afsluitcode.GOED;
    }

    /** The same files, the same rules, judged on two dates. */
    private Vergelijking opTweePeildatums() {
        nl.galacheck.invoer.Regiobestanden.Lading lading = invoer.laad(paden, regels.bron());
        if (!lading.fouten().isEmpty()) {
            throw new nl.galacheck.invoer.OngeldigeInvoerException(lading.fouten());
        }
        List<Regiobestand> bestanden = lading.geldig();
        Regelset regelset = Voorbouw.neem(regels.map, regels::regelset);
        Toetser toetser = new Toetser(regelset);
        String herkomst = String.join(", ", bestanden.stream().map(b -> b.regio().bestand()).toList());
        String versie = Verantwoording.galacheckVersie();
        Stand oud = Stand.van(toetser.toets(bestanden, van), herkomst, versie, regelset.vingerafdruk());
        Stand nieuw = Stand.van(toetser.toets(bestanden, tot), herkomst, versie, regelset.vingerafdruk());
        return Vergelijking.van(oud, nieuw, false);
    }

    private Vergelijkingsrenderer kies() throws Rapportuitvoer.GebruiksFout {
        if ((van == null) != (tot == null)) {
            throw new Rapportuitvoer.GebruiksFout("--van en --tot horen bij elkaar: geef beide peildatums");
        }
        if (van != null && !van.isBefore(tot)) {
            throw new Rapportuitvoer.GebruiksFout("--van " + van + " ligt niet vóór --tot " + tot);
        }
        if (van == null && paden.size() != 2) {
            throw new Rapportuitvoer.GebruiksFout("vergelijk wil twee JSON-rapporten (OUD NIEUW), of regiobestanden met --van en --tot; gekregen: "
                    + paden.size() + " pad(en)");
        }
        if (formaat != null) {
            return Vergelijkingsrenderer.metNaam(formaat).orElseThrow(() -> new Rapportuitvoer.GebruiksFout(
                    "onbekend formaat '" + formaat + "' (kies uit: " + Vergelijkingsrenderer.namen() + ")"));
        }
        return (uit == null ? java.util.Optional.<Vergelijkingsrenderer>empty() : Vergelijkingsrenderer.voorBestand(uit.getFileName().toString()))
                .orElse(Vergelijkingsrenderer.metNaam("tekst").orElseThrow());
    }

    private void schrijf(Vergelijkingsrenderer renderer, Vergelijking v) throws IOException {
        if (uit == null) {
            ByteArrayOutputStream tekst = new ByteArrayOutputStream();
            renderer.schrijf(v, tekst);
            spec.commandLine().getOut().print(tekst.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        } else {
            try (OutputStream out = Files.newOutputStream(uit)) {
                renderer.schrijf(v, out);
            }
        }
    }

    private static boolean isInvoer(Path invoer, Path doel) {
        Path p = invoer.toAbsolutePath().normalize();
        Path d = doel.toAbsolutePath().normalize();
        return d.equals(p) || (Files.isDirectory(p) && d.startsWith(p));
    }
}
