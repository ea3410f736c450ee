package nl.galacheck.overzicht;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.galacheck.toetsing.Status;

/**
 * One region's cell for one column. For a per-gemeente criterion, {@code telling} counts municipalities
 * (each municipality by the summary of its findings, e.g. OK.2 per category); otherwise the region is one unit.
 *
 * @param status    the summary over the units: the least favourable status (see {@link #samenvatting})
 * @param telling   units per status, every status present
 * @param gemeenten for a per-gemeente criterion: the municipality codes per status (only statuses that occur)
 * @param melding   for a regional criterion: why it has this status (the least favourable finding's message)
 */
public record Cel(Status status, Map<Status, Integer> telling, Map<Status, List<String>> gemeenten, String melding) {

    /** From worst to best: a cell is as good as its worst unit; not applicable only when nothing applies. */
    static final List<Status> RANG = List.of(Status.NIET_VOLDAAN, Status.OPEN, Status.ONBEKEND, Status.GEBLOKKEERD_LANDELIJK,
            Status.TOEGELICHT, Status.VOLDAAN, Status.NIET_VAN_TOEPASSING);

    public Cel {
        telling = Map.copyOf(telling);
        gemeenten = Map.copyOf(gemeenten);
    }

    /** A region as one unit. */
    static Cel regionaal(Status status, String melding) {
        Map<Status, Integer> t = leeg();
        t.put(status, 1);
        return new Cel(status, t, Map.of(), melding);
    }

    /** Per municipality (code → its summary status), in file order. */
    static Cel perGemeente(Map<String, Status> gemeenten) {
        Map<Status, Integer> t = leeg();
        Map<Status, List<String>> codes = new EnumMap<>(Status.class);
        gemeenten.forEach((g, s) -> {
            t.merge(s, 1, Integer::sum);
            codes.computeIfAbsent(s, x -> new java.util.ArrayList<>()).add(g);
        });
        return new Cel(samenvatting(gemeenten.values()), t, codes, null);
    }

    /** The least favourable status among {@code statussen} (in the order of {@link #RANG}). */
    static Status samenvatting(Collection<Status> statussen) {
        return RANG.stream().filter(statussen::contains).findFirst().orElse(Status.NIET_VAN_TOEPASSING);
    }

    static Map<Status, Integer> leeg() {
        Map<Status, Integer> t = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            t.put(s, 0);
        }
        return t;
    }

    public int voldaan() {
        return telling.get(Status.VOLDAAN);
    }

    /** The units the criterion applies to (not applicable left out): the denominator of "7/9". */
    public int vanToepassing() {
        return telling.values().stream().mapToInt(Integer::intValue).sum() - telling.get(Status.NIET_VAN_TOEPASSING);
    }
}
