package nl.galacheck.regio;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One statement of a region file with its evidence: present or absent, met or explicitly not met,
 * when, and which document proves it. Absent is never the same as "no" (region format, principle 1).
 *
 * @param stand       AFWEZIG (the file does not say), JA or NEE
 * @param datum       the date it was met, when the file gives one
 * @param waarde      the scalar text (a name, code, URL or enum value), when the fact is one
 * @param bron        the evidence document, when given
 * @param toelichting a free explanation, when given
 * @param elementen   the items, when the fact is a list (empty list: explicitly none)
 */
public record Feit(Herkomst herkomst, Stand stand, LocalDate datum, String waarde, String bron,
                   String toelichting, List<Feit> elementen) {

    public enum Stand { AFWEZIG, JA, NEE }

    public Feit {
        Objects.requireNonNull(herkomst);
        Objects.requireNonNull(stand);
        elementen = elementen == null ? List.of() : List.copyOf(elementen);
    }

    public static Feit afwezig(Herkomst waar) {
        return new Feit(waar, Stand.AFWEZIG, null, null, null, null, List.of());
    }

    public boolean isAfwezig() {
        return stand == Stand.AFWEZIG;
    }

    public boolean isJa() {
        return stand == Stand.JA;
    }

    public boolean isNee() {
        return stand == Stand.NEE;
    }

    /** Met and, if dated, dated on or before the peildatum: later facts do not count yet. */
    public boolean telt(LocalDate peildatum) {
        return isJa() && (datum == null || !datum.isAfter(peildatum));
    }

    /** Met, but dated after the peildatum. */
    public boolean isNaPeildatum(LocalDate peildatum) {
        return isJa() && datum != null && datum.isAfter(peildatum);
    }

    public String pad() {
        return herkomst.pad();
    }

    /** Whether this list fact holds an item with the given value. */
    public boolean bevat(String gezocht) {
        return elementen.stream().anyMatch(e -> gezocht.equals(e.waarde()));
    }

    /** The item with the given value, or an absent fact pointing at this list. */
    public Feit element(String gezocht) {
        return elementen.stream().filter(e -> gezocht.equals(e.waarde())).findFirst()
                .orElse(afwezig(herkomst.ontbrekend(gezocht)));
    }

    /** A list that is present but empty reads as an explicit "none". */
    public Feit alsNietLeeg() {
        if (isJa() && elementen.isEmpty() && waarde == null) {
            return new Feit(herkomst, Stand.NEE, datum, waarde, bron, "lege lijst", elementen);
        }
        return this;
    }

    /**
     * This fact as a part of {@code document}: dated with the document's date when it has none of its
     * own (an onderdeel of the regioplan is met when the regioplan is vastgesteld), and not met when the
     * document is explicitly not adopted (the parts of a plan that was not vastgesteld are not either).
     */
    public Feit onderdeelVan(Feit document) {
        if (!isJa() || document == null) {
            return this;
        }
        if (document.isNee()) {
            return new Feit(herkomst, Stand.NEE, datum, waarde, bron, "`" + document.pad() + "` is nee", elementen);
        }
        if (datum != null || document.datum() == null) {
            return this;
        }
        return new Feit(herkomst, stand, document.datum(), waarde, bron, toelichting, elementen);
    }

    /** The URL this fact points at (its value or its evidence), or null. */
    public String url() {
        if (waarde != null && waarde.startsWith("http")) {
            return waarde;
        }
        return bron != null && bron.startsWith("http") ? bron : null;
    }

    @Override
    public String toString() {
        return pad() + "=" + stand + (datum == null ? "" : "@" + datum) + (waarde == null ? "" : "(" + waarde + ")");
    }
}
