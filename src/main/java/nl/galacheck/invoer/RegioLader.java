package nl.galacheck.invoer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.galacheck.regio.Regiobestand;

/**
 * Turns one region file into facts. Reads only; collects every problem in the file and reports
 * them together. The format is documented in README.md ("Het regiobestand"); the sections are read by
 * {@link Regiolezing}, the schema is applied here and its messages merged with the loader's.
 */
public final class RegioLader {

    /** The format version this loader reads. */
    public static final int VERSIE = 1;
    /** Default upper bound for one region file; real files are a few kilobytes. */
    public static final long STANDAARD_MAX_BYTES = 2L * 1024 * 1024;

    /** More errors than this in one file are summarised: the first ones are what a user fixes first. */
    static final int MAX_FOUTEN = 100;

    private final YamlBoomLezer boomLezer;

    public RegioLader() {
        this(STANDAARD_MAX_BYTES);
    }

    public RegioLader(long maxBytes) {
        this.boomLezer = new YamlBoomLezer(maxBytes);
    }

    /**
     * Reads {@code bestand}, named {@code naam} in facts and messages.
     *
     * @throws OngeldigeInvoerException with all problems of the file
     */
    public Regiobestand laad(Path bestand, String naam) {
        List<Invoerfout> fouten = new ArrayList<>();
        YamlKnoop wortel = boomLezer.lees(bestand, naam, fouten);
        if (wortel == null) {
            throw new OngeldigeInvoerException(inVolgorde(fouten));
        }
        return leesRegio(wortel, naam, fouten);
    }

    /**
     * Reads a region file's text that is not on disk (an upload), named {@code tekst.naam()} in facts and
     * messages; the same checks and messages as a file.
     *
     * @throws OngeldigeInvoerException with all problems of the text
     */
    public Regiobestand laad(Regiotekst tekst) {
        List<Invoerfout> fouten = new ArrayList<>();
        YamlKnoop wortel = boomLezer.lees(tekst.inhoud(), tekst.naam(), fouten);
        if (wortel == null) {
            throw new OngeldigeInvoerException(inVolgorde(fouten));
        }
        return leesRegio(wortel, tekst.naam(), fouten);
    }

    /**
     * Validates the region at {@code regio} against the schema and reads it into facts. The loader's
     * own messages are the more specific ones (a suggestion for a misspelt key, the allowed values);
     * a schema violation is added where the loader said nothing about the same place.
     */
    static Regiobestand leesRegio(YamlKnoop regio, String naam, List<Invoerfout> fouten) {
        if (regio.soort() != YamlKnoop.Soort.MAP) {
            fouten.add(Invoerfout.bij(regio.herkomst(), "verkeerd type", "een regiobestand (object met versie, regio, gemeenten, …)", regio.omschrijving()));
            throw new OngeldigeInvoerException(inVolgorde(fouten));
        }
        List<Invoerfout> schemafouten = RegioSchema.gedeeld().valideer(regio);
        Regiobestand resultaat = new Regiolezing(MapLezer.van(regio, fouten), naam, fouten).lees();
        List<Invoerfout> eigen = List.copyOf(fouten);
        schemafouten.stream().filter(s -> eigen.stream().noneMatch(f -> verwant(f.pad(), s.pad()))).forEach(fouten::add);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(inVolgorde(fouten));
        }
        return resultaat;
    }

    /** Two YAML paths about the same place: equal, or one inside the other. */
    private static boolean verwant(String a, String b) {
        return a.equals(b) || binnen(a, b) || binnen(b, a);
    }

    private static boolean binnen(String kind, String ouder) {
        return !ouder.isEmpty() && (kind.startsWith(ouder + ".") || kind.startsWith(ouder + "["));
    }

    /** Errors in the order of the file, as a reader goes through it; at most {@link #MAX_FOUTEN} of them. */
    private static List<Invoerfout> inVolgorde(List<Invoerfout> fouten) {
        List<Invoerfout> gesorteerd = fouten.stream()
                .sorted(java.util.Comparator.comparingInt(Invoerfout::regel).thenComparingInt(Invoerfout::kolom)).toList();
        if (gesorteerd.size() <= MAX_FOUTEN) {
            return gesorteerd;
        }
        List<Invoerfout> eerste = new ArrayList<>(gesorteerd.subList(0, MAX_FOUTEN));
        Invoerfout laatste = eerste.get(MAX_FOUTEN - 1);
        eerste.add(new Invoerfout(laatste.bestand(), 0, 0, "", "… en nog " + (gesorteerd.size() - MAX_FOUTEN)
                + " fout(en); herstel eerst deze", null, null));
        return eerste;
    }
}
