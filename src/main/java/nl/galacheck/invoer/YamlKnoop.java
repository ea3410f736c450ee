package nl.galacheck.invoer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.galacheck.regio.Herkomst;

/**
 * A YAML node that remembers its file, line, column and path. Jackson's tree model drops
 * locations, and every finding must point at the line it rests on.
 */
final class YamlKnoop {

    enum Soort { MAP, LIJST, TEKST, GETAL, BOOLEAN, NULL }

    private final Soort soort;
    private final Herkomst herkomst;
    private final Object scalar;
    private final Map<String, YamlKnoop> velden;
    private final List<YamlKnoop> elementen;

    private YamlKnoop(Soort soort, Herkomst herkomst, Object scalar, Map<String, YamlKnoop> velden,
                      List<YamlKnoop> elementen) {
        this.soort = soort;
        this.herkomst = herkomst;
        this.scalar = scalar;
        this.velden = velden;
        this.elementen = elementen;
    }

    static YamlKnoop scalar(Soort soort, Herkomst herkomst, Object waarde) {
        return new YamlKnoop(soort, herkomst, waarde, Map.of(), List.of());
    }

    static YamlKnoop map(Herkomst herkomst, LinkedHashMap<String, YamlKnoop> velden) {
        return new YamlKnoop(Soort.MAP, herkomst, null, velden, List.of());
    }

    static YamlKnoop lijst(Herkomst herkomst, List<YamlKnoop> elementen) {
        return new YamlKnoop(Soort.LIJST, herkomst, null, Map.of(), List.copyOf(elementen));
    }

    Soort soort() {
        return soort;
    }

    Herkomst herkomst() {
        return herkomst;
    }

    Object scalar() {
        return scalar;
    }

    Map<String, YamlKnoop> velden() {
        return velden;
    }

    List<YamlKnoop> elementen() {
        return elementen;
    }

    /**
     * This subtree with {@code prefix.} removed from every path, so a region embedded in another
     * document (a fixture case) reads with the paths of a region file of its own.
     */
    YamlKnoop herbaseer(String prefix) {
        String p = herkomst.pad();
        String nieuw = p.equals(prefix) ? "" : p.startsWith(prefix + ".") ? p.substring(prefix.length() + 1) : p;
        Herkomst h = new Herkomst(herkomst.bestand(), herkomst.regel(), herkomst.kolom(), nieuw, herkomst.aanwezig());
        return switch (soort) {
            case MAP -> {
                LinkedHashMap<String, YamlKnoop> v = new LinkedHashMap<>();
                velden.forEach((k, kind) -> v.put(k, kind.herbaseer(prefix)));
                yield map(h, v);
            }
            case LIJST -> lijst(h, elementen.stream().map(e -> e.herbaseer(prefix)).toList());
            default -> scalar(soort, h, scalar);
        };
    }

    /**
     * This subtree placed at {@code pad}: every path recomputed as the reader writes it (key after a dot,
     * index in brackets), files, lines and columns kept. For a region assembled from several places.
     */
    YamlKnoop opPad(String pad) {
        Herkomst h = new Herkomst(herkomst.bestand(), herkomst.regel(), herkomst.kolom(), pad, herkomst.aanwezig());
        return switch (soort) {
            case MAP -> {
                LinkedHashMap<String, YamlKnoop> v = new LinkedHashMap<>();
                velden.forEach((k, kind) -> v.put(k, kind.opPad(pad.isEmpty() ? k : pad + "." + k)));
                yield map(h, v);
            }
            case LIJST -> {
                List<YamlKnoop> e = new java.util.ArrayList<>();
                elementen.forEach(kind -> e.add(kind.opPad(pad + "[" + e.size() + "]")));
                yield lijst(h, e);
            }
            default -> scalar(soort, h, scalar);
        };
    }

    /** The scalar as text, as written. */
    String tekst() {
        return scalar instanceof java.math.BigDecimal d ? d.toPlainString() : scalar == null ? null : scalar.toString();
    }

    /** How this node is described in "gevonden: …". */
    String omschrijving() {
        return switch (soort) {
            case MAP -> "een object";
            case LIJST -> "een lijst";
            case NULL -> "een lege waarde";
            case BOOLEAN -> "'" + scalar + "' (ja/nee)";
            case GETAL -> "het getal " + scalar;
            case TEKST -> "'" + kort(scalar.toString()) + "'";
        };
    }

    /** Text fit for a one-line message: line breaks shown, long values cut. */
    static String kort(String s) {
        String eenRegel = s.replace("\r", "").replace("\n", "⏎");
        return eenRegel.length() > 60 ? eenRegel.substring(0, 57) + "…" : eenRegel;
    }
}
