package nl.galacheck.regio;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The five ketenaanpakken of GALA §3G onderdeel II. Files may use either name of a ketenaanpak;
 * reports use the first.
 */
public enum Ketenaanpak {
    KANSRIJKE_START("kansrijke-start", "Kansrijke Start"),
    VALPREVENTIE("valpreventie", "Valpreventie bij ouderen"),
    OVERGEWICHT_KINDEREN("overgewicht-kinderen", "Overgewicht en obesitas kinderen (Kind naar Gezonder Gewicht)",
            "kind-naar-gezonder-gewicht"),
    GLI("gli", "GLI / overgewicht en obesitas volwassenen", "overgewicht-volwassenen"),
    WELZIJN_OP_RECEPT("welzijn-op-recept", "Welzijn op recept / sociaal verwijzen", "sociaal-verwijzen");

    private final String code;
    private final String naam;
    private final List<String> aliassen;

    Ketenaanpak(String code, String naam, String... aliassen) {
        this.code = code;
        this.naam = naam;
        this.aliassen = List.of(aliassen);
    }

    public String code() {
        return code;
    }

    public String naam() {
        return naam;
    }

    /** The ketenaanpak with this name or alias. */
    public static Optional<Ketenaanpak> metNaam(String naam) {
        return Arrays.stream(values()).filter(k -> k.code.equals(naam) || k.aliassen.contains(naam)).findFirst();
    }

    /** Every accepted spelling, for error messages. */
    public static List<String> alleNamen() {
        return Arrays.stream(values()).flatMap(k -> java.util.stream.Stream.concat(java.util.stream.Stream.of(k.code), k.aliassen.stream())).toList();
    }
}
