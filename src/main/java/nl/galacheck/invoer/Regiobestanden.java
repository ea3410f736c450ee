package nl.galacheck.invoer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import nl.galacheck.regio.Regiobestand;

/**
 * The region files of one run: paths as the user gave them (files or directories of *.yaml), each
 * loaded, with the errors of all files reported together.
 */
public final class Regiobestanden {

    private final RegioLader lader;

    public Regiobestanden(RegioLader lader) {
        this.lader = lader;
    }

    /**
     * @throws OngeldigeInvoerException with every problem of every file
     */
    public List<Regiobestand> laad(List<Path> paden) {
        Lading lading = laadWatGeldigIs(paden);
        if (!lading.fouten().isEmpty()) {
            throw new OngeldigeInvoerException(lading.fouten());
        }
        return lading.geldig();
    }

    /**
     * Every file that is valid, and the errors of the others: one broken file among many does not stop
     * the rest. A file with an error across files (a region code twice, a municipality in two regions)
     * counts as invalid too.
     */
    public Lading laadWatGeldigIs(List<Path> paden) {
        List<Invoerfout> fouten = new ArrayList<>();
        List<Regiobestand> bestanden = new ArrayList<>();
        // files are read on every core (the loader keeps no state between files); the stream keeps their order
        List<Path> gevonden = bestanden(paden, fouten);
        List<Object> gelezen = (gevonden.size() < 2 ? gevonden.stream() : gevonden.parallelStream())
                .map(this::lees).toList();
        for (Object g : gelezen) {
            if (g instanceof Regiobestand b) {
                bestanden.add(b);
            } else {
                fouten.addAll(((OngeldigeInvoerException) g).fouten());
            }
        }
        return samen(bestanden, fouten);
    }

    /** As {@link #laadWatGeldigIs(List)}, for texts that are not files (uploads), each under its own name. */
    public Lading laadTeksten(List<Regiotekst> teksten) {
        List<Invoerfout> fouten = new ArrayList<>();
        List<Regiobestand> bestanden = new ArrayList<>();
        if (teksten.isEmpty()) {
            fouten.add(new Invoerfout("(invoer)", 0, 0, "", "geen regiobestand ontvangen", "een of meer regiobestanden (YAML)", null));
        }
        for (Regiotekst tekst : teksten) {
            try {
                bestanden.add(lader.laad(tekst));
            } catch (OngeldigeInvoerException e) {
                fouten.addAll(e.fouten());
            }
        }
        return samen(bestanden, fouten);
    }

    /** The checks across files, then every error of the run at once. */
    private static Lading samen(List<Regiobestand> bestanden, List<Invoerfout> fouten) {
        Verwijzingen.controleerRegiocodes(bestanden, fouten);
        Verwijzingen.controleerGedeeldeGemeenten(bestanden, fouten);
        java.util.Set<String> ongeldig = new java.util.LinkedHashSet<>();
        fouten.forEach(f -> ongeldig.add(f.bestand()));
        return new Lading(bestanden.stream().filter(b -> !ongeldig.contains(b.regio().bestand())).toList(), fouten);
    }

    /** One file: the region, or the exception with its errors. */
    private Object lees(Path bestand) {
        try {
            return lader.laad(bestand, bestand.toString());
        } catch (OngeldigeInvoerException e) {
            return e;
        }
    }

    /**
     * The outcome of loading several files.
     *
     * @param geldig the files without any error, in the order given
     * @param fouten every error of every other file (and of paths that are no region file)
     */
    public record Lading(List<Regiobestand> geldig, List<Invoerfout> fouten) {

        public Lading {
            geldig = List.copyOf(geldig);
            fouten = List.copyOf(fouten);
        }

        /**
         * The same loading with one more check per valid file (the explanations against the catalogue, which this
         * stage does not know): a file it finds errors in becomes invalid.
         */
        public Lading metControle(java.util.function.Function<Regiobestand, List<Invoerfout>> controle) {
            List<Invoerfout> alle = new ArrayList<>(fouten);
            List<Regiobestand> blijft = new ArrayList<>();
            for (Regiobestand b : geldig) {
                List<Invoerfout> eigen = controle.apply(b);
                if (eigen.isEmpty()) {
                    blijft.add(b);
                } else {
                    alle.addAll(eigen);
                }
            }
            return new Lading(blijft, alle);
        }

        /** The files (or paths) with errors, in the order their errors come. */
        public List<String> ongeldigeBestanden() {
            return fouten.stream().map(Invoerfout::bestand).distinct().toList();
        }
    }

    /** Files as given, directories expanded to their YAML files (sorted, so runs are reproducible). */
    static List<Path> bestanden(List<Path> paden, List<Invoerfout> fouten) {
        List<Path> resultaat = new ArrayList<>();
        for (Path pad : paden) {
            if (Files.isDirectory(pad)) {
                try (Stream<Path> s = Files.walk(pad)) {
                    List<Path> yaml = s.filter(Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
                            .sorted().toList();
                    if (yaml.isEmpty()) {
                        fouten.add(new Invoerfout(pad.toString(), 0, 0, "", "de map bevat geen regiobestanden", "bestanden *.yaml of *.yml", null));
                    }
                    resultaat.addAll(yaml);
                } catch (IOException e) {
                    fouten.add(new Invoerfout(pad.toString(), 0, 0, "", "de map kan niet gelezen worden: " + e.getMessage(), null, null));
                }
            } else if (Files.isRegularFile(pad)) {
                resultaat.add(pad);
            } else {
                fouten.add(new Invoerfout(pad.toString(), 0, 0, "", "bestand of map bestaat niet", "een regiobestand of een map met regiobestanden", null));
            }
        }
        return resultaat;
    }
}
