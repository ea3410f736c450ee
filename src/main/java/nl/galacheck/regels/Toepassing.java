package nl.galacheck.regels;

/**
 * When a criterion applies at all, as the catalogue declares it ({@code van_toepassing}); the engine
 * applies it in one place ({@code toetsing.Voorwaarden}), never a rule.
 *
 * @param spukOnderdeel the SPUK part the municipality must have applied for (GALA §4A, r. 2401–2404), or
 *                      {@code elk}: any SPUK part (the criterion binds municipalities that apply for SPUK at all)
 */
public record Toepassing(@com.fasterxml.jackson.annotation.JsonProperty("spuk_onderdeel") String spukOnderdeel) {

    public static final String ELK = "elk";

    /** How `uitleg` and findings word it. */
    public String omschrijving() {
        return ELK.equals(spukOnderdeel)
                ? "alleen voor een gemeente die SPUK aanvraagt (gemeenten[].spuk_onderdelen is niet leeg)"
                : "alleen voor een gemeente die het SPUK-onderdeel " + spukOnderdeel + " aanvroeg (gemeenten[].spuk_onderdelen)";
    }
}
