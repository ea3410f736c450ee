package nl.galacheck.regels;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One criterion of the catalogue: the single source of its texts, party, deadline and citation.
 * Rules refer to it by {@link #id()}; reports render from it. Also inserted as a fact, so derived
 * rules (B0) can reason about severity and grouping.
 *
 * @param groep     the bouwsteen or ketenaanpak it belongs to, e.g. "B1"
 * @param scope     the subject it is judged for: regio, gemeente, ketenaanpak, ketenaanpak-gemeente
 * @param partij    who must act: gemeenten, zorgverzekeraar, ggd, samen, landelijk
 * @param tijdpad   the deadline, or null when the agreement gives none (or gives one per year)
 * @param jaren     for yearly duties: the years it applies to (deadline 31 December of each)
 * @param ernst     verplicht, advies or signaal
 * @param bron      the citation (section and line numbers of the agreement text)
 * @param brontekst the quoted agreement text the criterion rests on
 * @param bewijs    what evidence satisfies it
 * @param herstel   what is needed when it is not met
 * @param bestand   the catalogue file it was read from
 * @param ketenaanpak  for a ketenaanpak-specific criterion: the ketenaanpak it belongs to
 * @param vanToepassing when the criterion applies at all, if restricted (applied by the engine, not by rules)
 * @param stap         for a RIVM process step: its key, level and reference figure; else null
 * @param afhankelijkVan the national preconditions (K02, K06, …) without which the regional parties
 *                       cannot meet it: missing, the criterion is GEBLOKKEERD_LANDELIJK, not a regional gap
 * @param grondslag    the words of the brontekst its weight rests on ("zorgt de gemeente", "wordt gevraagd")
 * @param ernstReden   why the weight is what it is, where the wording alone does not settle it; else null
 * @param termijnLezing where the deadline is galacheck's reading rather than the text's: the reason; else null
 * @param nietToelichtbaar {@code toelichtbaar: nee}: why the text leaves a region no room to explain it (pas toe of
 *                     leg uit); null when a region may explain it
 * @param beoordeling  the facts a generic rule judges it by (rules/feiten.drl), when the catalogue declares them; else null
 * @param parameters   the thresholds and word lists its rule reads ({@code parameters}: a number, a text or a list of texts)
 * @param afgeleidUit for a derived verdict (B0, K00): the groups whose verplicht, regional criteria must all be met,
 *                    computed on their verdicts by the engine ({@code toetsing.Afgeleid}), never by a rule; else empty
 */
public record Criterium(String id, String titel, String groep, String scope, String partij, LocalDate tijdpad,
                        List<Integer> jaren, Ernst ernst, String bron, String brontekst, String bewijs,
                        String herstel, String bestand, List<String> afhankelijkVan, String ketenaanpak,
                        Toepassing vanToepassing, Stap stap, String grondslag, String ernstReden,
                        String termijnLezing, String nietToelichtbaar, Beoordeling beoordeling,
                        Map<String, Object> parameters, List<String> afgeleidUit) {

    public Criterium {
        jaren = jaren == null ? List.of() : List.copyOf(jaren);
        afhankelijkVan = afhankelijkVan == null ? List.of() : List.copyOf(afhankelijkVan);
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        afgeleidUit = afgeleidUit == null ? List.of() : List.copyOf(afgeleidUit);
    }

    /** A verdict over other verdicts (B0, K00): nothing a region can do or explain about it directly. */
    public boolean isAfgeleid() {
        return !afgeleidUit.isEmpty();
    }

    /** The kind of fact a generic rule judges it by (regioplan, ketenaanpak, landelijk, …), or null. */
    public String feitsoort() {
        return beoordeling == null ? null : beoordeling.soort();
    }

    public boolean heeftParameter(String naam) {
        return parameters.containsKey(naam);
    }

    /** A number of {@code parameters} (a threshold, a year): a missing one is a rule error. */
    public int getal(String naam) {
        return (Integer) parameter(naam, Integer.class);
    }

    /** A text of {@code parameters}. */
    public String tekst(String naam) {
        return (String) parameter(naam, String.class);
    }

    /** A word list of {@code parameters}. */
    @SuppressWarnings("unchecked")
    public List<String> lijst(String naam) {
        return (List<String>) parameter(naam, List.class);
    }

    private Object parameter(String naam, Class<?> soort) {
        Object waarde = parameters.get(naam);
        if (!soort.isInstance(waarde)) {
            throw new IllegalArgumentException("criterium " + id + ": parameter '" + naam + "' ontbreekt in de catalogus of is geen "
                    + (soort == Integer.class ? "getal" : soort == String.class ? "tekst" : "lijst") + " (wel: " + parameters.keySet() + ")");
        }
        return waarde;
    }

    /**
     * Whether the engine weighs a rule's verdict on this criterion before the deadline is applied:
     * applicability, a municipality's phased start, national preconditions ({@code toetsing.Voorwaarden}).
     */
    public boolean heeftVoorwaarden() {
        return vanToepassing != null || !afhankelijkVan.isEmpty() || "ketenaanpak-gemeente".equals(scope);
    }

    /** National parties must act: such a criterion is never a regional gap. */
    public boolean isLandelijk() {
        return "landelijk".equals(partij);
    }

    public enum Ernst {
        VERPLICHT, ADVIES, SIGNAAL;

        public String label() {
            return name().toLowerCase();
        }
    }

    /**
     * The weight as the ernst policy names it (README, "Ernst"): landelijk for a duty of a national party,
     * else verplicht, advies or signaal.
     */
    public String gewicht() {
        return isLandelijk() ? "landelijk" : ernst.label();
    }

    public boolean isVerplicht() {
        return ernst == Ernst.VERPLICHT;
    }

    /** The deadline for one year of a yearly duty. */
    public LocalDate termijnVoorJaar(int jaar) {
        return LocalDate.of(jaar, 12, 31);
    }
}
