package nl.galacheck.regels;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

import nl.galacheck.regio.Feit;
import nl.galacheck.regio.Financiering;
import nl.galacheck.regio.Gemeente;
import nl.galacheck.regio.GemeentelijkeKetenaanpak;
import nl.galacheck.regio.Inkoop;
import nl.galacheck.regio.Ketenaanpakafspraken;
import nl.galacheck.regio.Mandaat;
import nl.galacheck.regio.Monitoring;
import nl.galacheck.regio.Regiobeeld;
import nl.galacheck.regio.Regioplan;

/**
 * A fact a criterion names in the catalogue ({@code feit: regioplan.gezondheidsdoelen}): the kind of fact
 * (the part of the region file) and its key. Resolved once when the catalogue is read, so a rule reads it
 * with {@link #lees(Object)} and a misspelt key is a catalogue error, not a rule error at run time.
 *
 * @param soort   the kind of fact: regioplan, mandaat, regiobeeld, financiering, inkoop, monitoring (the region),
 *                gemeente, ketenaanpak, ketenaanpak-gemeente, or landelijk (the national precondition of the
 *                criterion in rules/landelijk.yaml, without a key)
 * @param sleutel the key as in the region file (snake_case), or null for landelijk
 */
public record Feitverwijzing(String soort, String sleutel, Method lezer) {

    /** Per kind of fact: the class rules match and the scope of its subjects. */
    static final Map<String, Map.Entry<Class<?>, String>> SOORTEN = Map.of(
            "regioplan", Map.entry(Regioplan.class, "regio"),
            "mandaat", Map.entry(Mandaat.class, "regio"),
            "regiobeeld", Map.entry(Regiobeeld.class, "regio"),
            "financiering", Map.entry(Financiering.class, "regio"),
            "inkoop", Map.entry(Inkoop.class, "regio"),
            "monitoring", Map.entry(Monitoring.class, "regio"),
            "gemeente", Map.entry(Gemeente.class, "gemeente"),
            "ketenaanpak", Map.entry(Ketenaanpakafspraken.class, "ketenaanpak"),
            "ketenaanpak-gemeente", Map.entry(GemeentelijkeKetenaanpak.class, "ketenaanpak-gemeente"));

    static final String LANDELIJK = "landelijk";

    /**
     * Reads {@code soort.sleutel}; the key names a component of the fact's record (snake_case for camelCase),
     * or, for a ketenaanpak, a ketenaanpak-specific key ({@code specifiek}).
     *
     * @throws IllegalArgumentException with a Dutch message when the kind or the key is unknown
     */
    static Feitverwijzing ontleed(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            throw new IllegalArgumentException("leeg: verwacht soort.sleutel, bijvoorbeeld regioplan.gezondheidsdoelen");
        }
        if (tekst.equals(LANDELIJK)) {
            return new Feitverwijzing(LANDELIJK, null, null);
        }
        int punt = tekst.indexOf('.');
        String soort = punt < 0 ? tekst : tekst.substring(0, punt);
        var klasse = SOORTEN.get(soort);
        if (klasse == null || punt < 0 || punt == tekst.length() - 1) {
            throw new IllegalArgumentException("'" + tekst + "': verwacht soort.sleutel met soort een van "
                    + new java.util.TreeSet<>(SOORTEN.keySet()) + ", of landelijk");
        }
        String sleutel = tekst.substring(punt + 1);
        String component = camel(sleutel);
        for (RecordComponent rc : klasse.getKey().getRecordComponents()) {
            if (rc.getName().equals(component) && rc.getType() == Feit.class) {
                return new Feitverwijzing(soort, sleutel, rc.getAccessor());
            }
        }
        try {
            return new Feitverwijzing(soort, sleutel, klasse.getKey().getMethod("specifiek", String.class));
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("'" + tekst + "': " + soort + " heeft geen feit " + sleutel + " (wel: "
                    + String.join(", ", Arrays.stream(klasse.getKey().getRecordComponents()).filter(rc -> rc.getType() == Feit.class)
                            .map(rc -> snake(rc.getName())).toList()) + ")");
        }
    }

    /** The fact on {@code feit}, an instance of the class of {@link #soort()}. */
    public Feit lees(Object feit) {
        try {
            return (Feit) (lezer.getParameterCount() == 0 ? lezer.invoke(feit) : lezer.invoke(feit, sleutel));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** The scope of the subjects this kind of fact is about (the criterion's scope must be it). */
    String scope() {
        return SOORTEN.containsKey(soort) ? SOORTEN.get(soort).getValue() : null;
    }

    @Override
    public String toString() {
        return sleutel == null ? soort : soort + "." + sleutel;
    }

    private static String camel(String snake) {
        StringBuilder s = new StringBuilder();
        boolean groot = false;
        for (char ch : snake.toCharArray()) {
            if (ch == '_') {
                groot = true;
            } else {
                s.append(groot ? Character.toUpperCase(ch) : ch);
                groot = false;
            }
        }
        return s.toString();
    }

    private static String snake(String camel) {
        return camel.replaceAll("([A-Z])", "_$1").toLowerCase();
    }
}
