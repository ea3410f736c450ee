package nl.galacheck.overzicht;

import java.util.List;

/** A region file the overview could not read, with its errors as {@code bestand:regel:kolom: …} lines. */
public record OngeldigBestand(String bestand, List<String> fouten) {

    public OngeldigBestand {
        fouten = List.copyOf(fouten);
    }
}
