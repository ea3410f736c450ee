package nl.galacheck.regio;

import java.util.List;

/** An IZA-regio as described by one region file. */
public record Regio(String code, String naam, String bestand, Herkomst herkomst, List<String> ggd,
                    String preferenteZorgverzekeraar) {

    public Regio {
        ggd = ggd == null ? List.of() : List.copyOf(ggd);
    }
}
