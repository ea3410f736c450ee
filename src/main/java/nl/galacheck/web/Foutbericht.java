package nl.galacheck.web;

import java.util.List;

import nl.galacheck.invoer.Invoerfout;

/**
 * Every refusal of the API, in Dutch: a status, one sentence, and for invalid input every error as
 * {@code valideer} prints it ({@code bestand:regel:kolom: pad: melding}); never a stack trace.
 */
record Foutbericht(int status, String melding, List<String> fouten) {

    Foutbericht {
        fouten = fouten == null ? List.of() : List.copyOf(fouten);
    }

    static Foutbericht invoer(List<Invoerfout> fouten) {
        long bestanden = fouten.stream().map(Invoerfout::bestand).distinct().count();
        return new Foutbericht(400, fouten.size() + " fout(en) in " + bestanden + " bestand(en); er is niets getoetst",
                fouten.stream().map(Invoerfout::tekst).toList());
    }
}
