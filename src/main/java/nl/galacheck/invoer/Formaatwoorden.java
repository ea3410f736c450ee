package nl.galacheck.invoer;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The fixed vocabularies of the region format, read from its JSON Schema (schema/regio.schema.json), the one place
 * they are written: the loader checks values against them, and tests hold the catalogue, the rules and the README
 * to the same words.
 */
public final class Formaatwoorden {

    private static final String GEMEENTE_KETENAANPAK = "/$defs/ketenaanpakGemeente/properties/";

    static final Set<String> VOORTGANG = uit("/properties/regioplan/properties/uitvoering/items/properties/status");
    static final Set<String> ONDERTEKENAARS = uit("/properties/mandaat/properties/machtigingen/items/properties/door");
    static final Set<String> AANVRAAGONDERDELEN =
            uit("/properties/financiering/properties/spuk_iza/properties/aanvraag_compleet/properties/onderdelen/items");
    /** The SPUK parts of GALA §4A (r. 2417–2465); overgewicht-obesitas covers children and the GLI. */
    static final Set<String> SPUK_ONDERDELEN = uit("/properties/gemeenten/items/properties/spuk_onderdelen/items/oneOf/0");
    static final Set<String> OK_AANBOD = uit(GEMEENTE_KETENAANPAK + "aanbod/items/anyOf/0");
    static final Set<String> VP_COMPONENTEN = uit(GEMEENTE_KETENAANPAK + "componenten/items/anyOf/0");
    static final Set<String> KS_PARTNERS = uit(GEMEENTE_KETENAANPAK + "coalitie/properties/partners/items/anyOf/0");
    static final Set<String> KS_VORMEN = uit(GEMEENTE_KETENAANPAK + "coalitie/properties/vorm");
    static final Set<String> SV_SPUK_INZET = uit(GEMEENTE_KETENAANPAK + "spuk_inzet/items/anyOf/0");
    static final Set<String> GLI_MET = uit(GEMEENTE_KETENAANPAK + "spuk_coordinatie/properties/met/items/anyOf/0");
    /** The parties that can accept an explanation: the other side of the agreement. */
    static final Set<String> ACCEPTERENDE_PARTIJEN = uit("/$defs/acceptatie/properties/partij");

    private Formaatwoorden() {
    }

    /** The values of the {@code enum} at {@code pointer} (a JSON Pointer into the schema), in the schema's order. */
    public static Set<String> uit(String pointer) {
        JsonNode woorden = RegioSchema.boom().at(pointer + "/enum");
        if (!woorden.isArray() || woorden.isEmpty()) {
            throw new IllegalStateException("het schema heeft geen enum op " + pointer);
        }
        Set<String> s = new LinkedHashSet<>();
        woorden.forEach(w -> s.add(w.asString()));
        return Collections.unmodifiableSet(s);
    }
}
