package nl.galacheck.toetsdienst;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import nl.galacheck.invoer.OngeldigeInvoerException;
import nl.galacheck.invoer.Regiobestanden;
import nl.galacheck.invoer.Regiotekst;
import nl.galacheck.rapport.Rapport;
import nl.galacheck.rapport.Verantwoording;
import nl.galacheck.regels.Regelset;
import nl.galacheck.regio.Regiobestand;
import nl.galacheck.toetsing.Tijdlijn;
import nl.galacheck.toetsing.Toetser;
import nl.galacheck.toetsing.Toetsing;

/**
 * The one way into a check, for the command line and the web server alike: region files or their text,
 * plus options, become the report model ({@link Rapport}); presenting it is the caller's (a renderer).
 * Thread-safe: the rule set is shared read-only, every check has its own sessions and its own peildatum.
 */
public final class Toetsdienst {

    private final Regiobestanden lader;
    private final Supplier<Regelset> regels;
    private volatile Regelset regelset;

    /**
     * @param regels asked for once, at the first check: the command line reads its files first, so invalid input
     *               is reported before rules are compiled; the server passes the rule set it compiled at start-up
     */
    public Toetsdienst(Regiobestanden lader, Supplier<Regelset> regels) {
        this.lader = lader;
        this.regels = regels;
    }

    /**
     * The sources read and checked for the format: the valid files (what is judged), with each one's SHA-256 for
     * the report's provenance, and the errors of the others.
     */
    public record Ingelezen(Regiobestanden.Lading lading, List<Verantwoording.Invoer> herkomst) {
        public Ingelezen {
            herkomst = List.copyOf(herkomst);
        }

        public List<Regiobestand> bestanden() {
            return lading.geldig();
        }
    }

    /**
     * Reads and validates every source (what {@code valideer} does), all errors of all sources at once; a broken
     * source among valid ones does not stop the others (see {@link Regiobestanden#laadWatGeldigIs}).
     *
     * @throws OngeldigeInvoerException with every problem when no source is valid
     */
    public Ingelezen lees(Regiobronnen bronnen) {
        Regiobestanden.Lading lading;
        Function<Regiobestand, String> sha256;
        if (bronnen instanceof Regiobronnen.Paden p) {
            lading = lader.laadWatGeldigIs(p.paden());
            sha256 = b -> Verantwoording.sha256(Path.of(b.regio().bestand()));
        } else {
            List<Regiotekst> teksten = ((Regiobronnen.Teksten) bronnen).teksten();
            lading = lader.laadTeksten(teksten);
            Map<String, Regiotekst> perNaam = new LinkedHashMap<>();
            teksten.forEach(r -> perNaam.putIfAbsent(r.naam(), r));
            sha256 = b -> Verantwoording.sha256(perNaam.get(b.regio().bestand()).inhoud());
        }
        if (lading.geldig().stream().anyMatch(b -> !b.toelichtingen().isEmpty())) {
            // explanations name criteria: checked against the catalogue of the rules that will judge them
            nl.galacheck.regels.Catalogus catalogus = regelset().catalogus();
            lading = lading.metControle(b -> nl.galacheck.toetsing.Toelichtingen.controleer(b.toelichtingen(), catalogus));
        }
        if (lading.geldig().isEmpty()) {
            throw new OngeldigeInvoerException(lading.fouten());
        }
        return new Ingelezen(lading, lading.geldig().stream().map(b -> new Verantwoording.Invoer(b.regio().bestand(), sha256.apply(b))).toList());
    }

    /** The rule set every check uses (compiled at the first call). */
    public Regelset regelset() {
        Regelset r = regelset;
        if (r == null) {
            synchronized (this) {
                if (regelset == null) {
                    regelset = regels.get();
                }
                r = regelset;
            }
        }
        return r;
    }

    /**
     * A check's outcome: the report model (narrowed to the selection) and the whole toetsing, on which the command
     * line's exit code is decided (never on a selection).
     */
    public record Uitslag(Rapport rapport, Toetsing geheel) {
    }

    /** Judges what was read on the options' peildatum. */
    public Uitslag toets(Ingelezen ingelezen, Toetsopties opties) {
        Regelset r = regelset();
        Toetser toetser = new Toetser(r);
        Toetsing toetsing = toetser.toets(ingelezen.bestanden(), opties.peildatum());
        Map<String, Tijdlijn> tijdlijnen = new LinkedHashMap<>();
        if (opties.metTijdlijn()) {
            ingelezen.bestanden().forEach(b -> tijdlijnen.put(b.regio().code(), toetser.tijdlijn(b, opties.peildatum())));
        }
        Verantwoording verantwoording = new Verantwoording(Verantwoording.galacheckVersie(), r.omschrijving(), r.vingerafdruk(),
                opties.peildatum(), ingelezen.herkomst());
        return new Uitslag(new Rapport(opties.selectie().pas(toetsing), verantwoording, opties.selectie(), tijdlijnen, opties.weergave()),
                toetsing);
    }

    /** {@link #lees} then {@link #toets(Ingelezen, Toetsopties)}. */
    public Uitslag toets(Regiobronnen bronnen, Toetsopties opties) {
        return toets(lees(bronnen), opties);
    }
}
