package nl.galacheck.regels;

import java.util.List;

/**
 * How the generic rules (rules/feiten.drl) judge a criterion whose shape is declared in the catalogue rather
 * than written as a rule of its own: which facts, and in what form. Applied by {@code toetsing.Catalogusoordeel}.
 *
 * @param feiten      {@code feit}: met when each is met on the peildatum (one or more, all of the same kind)
 * @param onderdeelVan {@code onderdeel_van}: the document the facts are part of, whose date and "nee" they take (the
 *                    document itself may be one of the facts: K09, the agreements and the municipalities they name)
 * @param bevat       {@code bevat}: the values the list fact must hold (the document is {@code onderdeel_van})
 * @param elk         {@code elk}: one finding per value, each met when the list fact names it
 * @param periode     {@code periode}: per year of {@code jaren}, met when the list of years covers it and the
 *                    fact (the document) is met
 * @param ofGenoemdIn {@code of_genoemd_in.lijst}: when the fact is absent, this list naming {@code waarde} stands for it
 *                    (a GGD that co-authored the regiobeeld was involved in it)
 * @param waarde      {@code of_genoemd_in.waarde}
 */
public record Beoordeling(List<Feitverwijzing> feiten, Feitverwijzing onderdeelVan, List<String> bevat,
                          List<String> elk, Feitverwijzing periode, Feitverwijzing ofGenoemdIn, String waarde) {

    public Beoordeling {
        feiten = List.copyOf(feiten);
        bevat = bevat == null ? List.of() : List.copyOf(bevat);
        elk = elk == null ? List.of() : List.copyOf(elk);
    }

    /** The kind of fact the rule matches (regioplan, ketenaanpak, landelijk, …). */
    public String soort() {
        return feiten.get(0).soort();
    }

    public Feitverwijzing feit() {
        return feiten.get(0);
    }
}
