package nl.galacheck.regio;

/** An IZA-regio as described by one region file. */
public record Regio(String code, String naam, String bestand, Herkomst herkomst, String preferenteZorgverzekeraar) {
}
