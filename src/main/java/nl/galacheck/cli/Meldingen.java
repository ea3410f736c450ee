package nl.galacheck.cli;

import java.io.PrintWriter;
import java.util.List;

import nl.galacheck.invoer.Invoerfout;

/** How errors reach the user: one line each, in Dutch, never a stack trace. */
final class Meldingen {

    private Meldingen() {
    }

    static int ongeldigeInvoer(List<Invoerfout> fouten, PrintWriter fout) {
        fouten.forEach(f -> fout.println(f.tekst()));
        long bestanden = fouten.stream().map(Invoerfout::bestand).distinct().count();
        fout.printf("galacheck: %d fout(en) in %d bestand(en); er is niets getoetst.%n", fouten.size(), bestanden);
        return Afsluitcode.ONGELDIGE_INVOER;
    }

    /**
     * The invalid files of a run that goes on with the valid ones: their errors first, then one line
     * that says which files were left out. The run's exit code becomes 3.
     */
    static void ongeldigeBestanden(nl.galacheck.invoer.Regiobestanden.Lading lading, PrintWriter fout) {
        lading.fouten().forEach(f -> fout.println(f.tekst()));
        List<String> bestanden = lading.ongeldigeBestanden();
        fout.printf("galacheck: %d fout(en) in %d bestand(en), niet getoetst: %s; de %d geldige bestand(en) wel.%n",
                lading.fouten().size(), bestanden.size(), String.join(", ", bestanden), lading.geldig().size());
        fout.flush();
    }

    /** Why a file could not be written or read, in Dutch and without Java's exception names. */
    static String reden(java.io.IOException e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "het bestand bestaat al";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "de map bestaat niet";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "geen toestemming";
        }
        if (e instanceof java.nio.file.NotDirectoryException || e instanceof java.nio.file.FileSystemException f && f.getReason() != null
                && f.getReason().toLowerCase(java.util.Locale.ROOT).contains("not a directory")) {
            return "een deel van het pad is geen map";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? "onbekende fout" : e.getMessage();
    }

    static int regelfouten(List<String> meldingen, PrintWriter fout) {
        meldingen.forEach(fout::println);
        fout.printf("galacheck: de regels zijn niet bruikbaar (%d fout(en)).%n", meldingen.size());
        return Afsluitcode.GEBRUIK_OF_REGELS;
    }
}
