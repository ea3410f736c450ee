package nl.galacheck.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import nl.galacheck.invoer.Invoerfout;
import nl.galacheck.invoer.Regiobestanden;
import nl.galacheck.overzicht.Filter;
import nl.galacheck.overzicht.OngeldigBestand;
import nl.galacheck.overzicht.Overzicht;
import nl.galacheck.overzicht.OverzichtBouwer;
import nl.galacheck.rapport.overzicht.Overzichtformaat;
import nl.galacheck.regels.Regelset;
import nl.galacheck.regio.Ketenaanpak;
import nl.galacheck.regio.Regiobestand;
import nl.galacheck.toetsing.Toetser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code galacheck overzicht}: many regions side by side, and the set beside the RIVM figures. */
@Command(name = "overzicht", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Regio's naast elkaar: een matrix regio × criterium, het landelijke beeld en de RIVM-cijfers van 2026 ernaast.",
        exitCodeListHeading = "%nAfsluitcodes:%n",
        exitCodeList = {"0:geen verplichte criteria niet voldaan", "1:verplichte criteria niet voldaan",
                "2:verkeerd gebruik of regels niet bruikbaar", "3:een of meer bestanden ongeldig (de geldige staan wel in het overzicht)"})
final class OverzichtCommand implements Callable<Integer> {

    private static final List<String> PARTIJEN = List.of("gemeenten", "zorgverzekeraar", "ggd", "samen", "landelijk");

    @Parameters(arity = "1..*", paramLabel = "PAD", description = "Regiobestanden (.yaml) of mappen met regiobestanden.")
    List<Path> paden;

    @Option(names = "--peildatum", paramLabel = "JJJJ-MM-DD", converter = DatumConverter.class,
            description = "Datum van toetsing. Standaard: vandaag.")
    LocalDate peildatum;

    @Option(names = "--formaat", paramLabel = "FORMAAT", converter = OverzichtformaatConverter.class,
            description = "tekst, json, csv, html of xlsx (standaard: de extensie van --uit, anders tekst; xlsx alleen met --uit).")
    Overzichtformaat formaat;

    @Option(names = "--uit", paramLabel = "BESTAND", description = "Schrijf het overzicht naar dit bestand.")
    Path uit;

    @Option(names = "--partij", paramLabel = "PARTIJ",
            description = "Alleen de criteria waar deze partij aan zet is (en die van alle partijen samen): gemeenten, zorgverzekeraar, ggd of landelijk.")
    String partij;

    @Option(names = "--zorgverzekeraar", paramLabel = "NAAM",
            description = "Alleen de regio's waar deze zorgverzekeraar preferent of coördinerend is.")
    String zorgverzekeraar;

    @Option(names = "--ketenaanpak", paramLabel = "KETENAANPAK", description = "Alleen deze ketenaanpak (kolommen en RIVM-stappen).")
    String ketenaanpak;

    @Mixin
    Regelopties regels;

    @Mixin
    Invoeropties invoer;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter fout = spec.commandLine().getErr();
        String fouteOptie = controleerOpties();
        if (fouteOptie != null) {
            fout.println("galacheck overzicht: " + fouteOptie);
            return Afsluitcode.GEBRUIK_OF_REGELS;
        }
        String k = ketenaanpak == null ? null : Ketenaanpak.metNaam(ketenaanpak).orElseThrow().code();
        Filter filter = new Filter(partij, zorgverzekeraar, k);
        Tijden tijden = new Tijden();
        Regiobestanden.Lading lading = invoer.regiobestanden().laadWatGeldigIs(paden);
        List<Regiobestand> bestanden = lading.geldig().stream().filter(filter::regio).toList();
        if (zorgverzekeraar != null && bestanden.isEmpty() && !lading.geldig().isEmpty()) {
            fout.println("galacheck overzicht: geen regio met zorgverzekeraar '" + zorgverzekeraar + "' (wel: "
                    + lading.geldig().stream().flatMap(b -> Filter.zorgverzekeraars(b).stream()).distinct().sorted()
                    .collect(Collectors.joining(", ")) + ")");
            return Afsluitcode.GEBRUIK_OF_REGELS;
        }
        tijden.stap("laden");
        Regelset regelset = Voorbouw.neem(regels.map, regels::regelset);
        tijden.stap("regels");
        var toetsing = new Toetser(regelset).toets(bestanden, peildatum == null ? LocalDate.now() : peildatum);
        tijden.stap("toetsen");
        Overzicht overzicht = OverzichtBouwer.bouw(toetsing, filter, ongeldig(lading.fouten()));
        tijden.stap("overzicht");
        try {
            schrijf(overzicht);
            tijden.stap("rapport");
            tijden.meld(fout);
        } catch (IOException e) {
            fout.println("galacheck overzicht: " + uit + ": kan niet schrijven: " + e.getMessage());
            return Afsluitcode.GEBRUIK_OF_REGELS;
        }
        if (!lading.fouten().isEmpty()) {
            return Afsluitcode.ONGELDIGE_INVOER;
        }
        return overzicht.heeftVerplichteTekorten() ? Afsluitcode.TEKORTEN : Afsluitcode.GOED;
    }

    private String controleerOpties() {
        if (formaat == null) {
            formaat = uit == null ? Overzichtformaat.TEKST : volgensExtensie(uit);
        }
        if (partij != null && !PARTIJEN.contains(partij)) {
            return "onbekende partij '" + partij + "' (kies uit: " + String.join(", ", PARTIJEN) + ")";
        }
        if (ketenaanpak != null && Ketenaanpak.metNaam(ketenaanpak).isEmpty()) {
            return "onbekende ketenaanpak '" + ketenaanpak + "' (kies uit: " + String.join(", ", Ketenaanpak.alleNamen()) + ")";
        }
        if (formaat.isBinair() && uit == null) {
            return "--formaat " + formaat.name().toLowerCase() + " schrijft een bestand: geef --uit BESTAND";
        }
        if (uit != null && CheckCommand.schrijftIn(uit, paden)) {
            return CheckCommand.weigerUit(uit);
        }
        return null;
    }

    private void schrijf(Overzicht overzicht) throws IOException {
        if (uit == null) {
            PrintWriter w = spec.commandLine().getOut();
            w.flush();
            var buffer = new java.io.ByteArrayOutputStream();
            formaat.renderer(Console.kleur() && w == Console.UIT).schrijf(overzicht, buffer);
            w.print(buffer.toString(java.nio.charset.StandardCharsets.UTF_8));
            w.flush();
            return;
        }
        try (OutputStream s = new BufferedOutputStream(Files.newOutputStream(uit))) {
            formaat.renderer(false).schrijf(overzicht, s);
        }
    }

    /** The format a file name asks for ({@code .json}, {@code .csv}, {@code .html}, {@code .xlsx}), else text. */
    static Overzichtformaat volgensExtensie(Path uit) {
        String naam = uit.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        String ext = naam.contains(".") ? naam.substring(naam.lastIndexOf('.') + 1) : "";
        return Arrays.stream(Overzichtformaat.values()).filter(f -> f != Overzichtformaat.TEKST && f.name().equalsIgnoreCase(ext))
                .findFirst().orElse(Overzichtformaat.TEKST);
    }

    /** Per file its error lines, in the order the loader found them. */
    static List<OngeldigBestand> ongeldig(List<Invoerfout> fouten) {
        Map<String, List<String>> perBestand = new LinkedHashMap<>();
        fouten.forEach(f -> perBestand.computeIfAbsent(f.bestand(), b -> new ArrayList<>()).add(f.tekst()));
        return perBestand.entrySet().stream().map(e -> new OngeldigBestand(e.getKey(), e.getValue())).toList();
    }

    /** Accepts the format names in lower case. */
    static final class OverzichtformaatConverter implements picocli.CommandLine.ITypeConverter<Overzichtformaat> {
        @Override
        public Overzichtformaat convert(String waarde) {
            return Arrays.stream(Overzichtformaat.values()).filter(f -> f.name().equalsIgnoreCase(waarde)).findFirst()
                    .orElseThrow(() -> new picocli.CommandLine.TypeConversionException("onbekend formaat '" + waarde + "' (kies uit: "
                            + Arrays.stream(Overzichtformaat.values()).map(f -> f.name().toLowerCase()).collect(Collectors.joining(", ")) + ")"));
        }
    }
}
