package nl.galacheck.regels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the {@code criteria.yaml} files of a rule set into one {@link Catalogus}, and refuses a
 * catalogue with missing or malformed metadata: it is tested data, not decoration.
 */
final class CatalogusLader {

    private static final Set<String> SCOPES = Set.of("regio", "gemeente", "ketenaanpak", "ketenaanpak-gemeente");
    private static final Set<String> PARTIJEN = Set.of("gemeenten", "zorgverzekeraar", "ggd", "samen", "landelijk");
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*[a-z]?(\\.[A-Z0-9][A-Z0-9-]*[a-z]?)*");

    private final YAMLMapper mapper = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** The catalogue file as written. */
    record Bestand(String groep, String naam, String bron, Integer volgorde, List<Invoer> criteria,
                   tools.jackson.databind.JsonNode gestart) {
    }

    /** The national figure a process step is compared with. */
    record ReferentieInvoer(Integer percentage, Integer aantal, Integer basis, String omschrijving, String opmerking) {
    }

    /** One criterion as written. */
    record Invoer(String id, String titel, String scope, String partij, LocalDate tijdpad, List<Integer> jaren,
                  String ernst, String bron, String brontekst, String bewijs, String herstel,
                  @JsonProperty("afhankelijk_van") List<String> afhankelijkVan, String ketenaanpak,
                  @JsonProperty("van_toepassing") Toepassing vanToepassing, String niveau, String sleutel, ReferentieInvoer referentie,
                  @JsonProperty("zelfde_feit_als") String zelfdeFeitAls,
                  @JsonProperty("geholpen_indicator") tools.jackson.databind.JsonNode geholpenIndicator,
                  String grondslag, @JsonProperty("ernst_reden") String ernstReden,
                  @JsonProperty("termijn_lezing") String termijnLezing, String toelichtbaar,
                  @JsonProperty("toelichtbaar_reden") String toelichtbaarReden,
                  @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> feit,
                  @JsonProperty("onderdeel_van") String onderdeelVan, List<String> bevat, List<String> elk, String periode,
                  @JsonProperty("of_genoemd_in") Verklaringen.Genoemd ofGenoemdIn, tools.jackson.databind.JsonNode parameters,
                  @JsonProperty("afgeleid_uit") List<String> afgeleidUit) {
    }

    Catalogus lees(List<Regelbestand> bestanden) {
        List<String> fouten = new ArrayList<>();
        List<Groep> groepen = new ArrayList<>();
        List<Criterium> criteria = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        Map<String, String> groepCodes = new HashMap<>();
        Map<String, Referentie> gestart = new java.util.LinkedHashMap<>();
        for (Regelbestand b : bestanden) {
            Bestand inhoud;
            try {
                inhoud = mapper.readValue(b.inhoud(), Bestand.class);
            } catch (JacksonException e) {
                TokenStreamLocation l = e.getLocation();
                fouten.add(b.naam() + (l == null ? "" : ":" + l.getLineNr() + ":" + l.getColumnNr()) + ": "
                        + e.getOriginalMessage().lines().findFirst().orElse(""));
                continue;
            }
            if (inhoud == null || leeg(inhoud.groep()) || leeg(inhoud.naam()) || inhoud.volgorde() == null
                    || inhoud.criteria() == null) {
                fouten.add(b.naam() + ": groep, naam, volgorde en criteria zijn verplicht");
                continue;
            }
            String eerder = groepCodes.putIfAbsent(inhoud.groep(), b.naam());
            if (eerder != null) {
                fouten.add(b.naam() + ": groep " + inhoud.groep() + " staat ook in " + eerder);
            }
            groepen.add(new Groep(inhoud.groep(), inhoud.naam(), inhoud.bron(), inhoud.volgorde()));
            gestart.putAll(Stappenlezer.gestartReferenties(mapper, inhoud.gestart(), b.naam(), fouten));
            for (Invoer c : inhoud.criteria()) {
                String plaats = b.naam() + ": criterium " + (c.id() == null ? "(zonder id)" : c.id()) + ": ";
                List<String> eigen = controleer(c);
                eigen.forEach(f -> fouten.add(plaats + f));
                String dubbel = c.id() == null ? null : ids.putIfAbsent(c.id(), b.naam());
                if (dubbel != null) {
                    fouten.add(plaats + "id komt ook voor in " + dubbel);
                }
                if (eigen.isEmpty() && dubbel == null) {
                    Beoordeling beoordeling;
                    Map<String, Object> parameters;
                    try {
                        Stappenlezer.cijfer(c.referentie());
                    } catch (IllegalArgumentException e) {
                        fouten.add(plaats + e.getMessage());
                        continue;
                    }
                    String opRegel = b.naam() + ":" + Verklaringen.regel(b.inhoud(), c.id()) + ": criterium " + c.id() + ": ";
                    Stap stap;
                    try {
                        beoordeling = Verklaringen.beoordeling(c);
                        parameters = Verklaringen.parameters(c.parameters());
                        stap = Stappenlezer.stap(c);
                    } catch (IllegalArgumentException e) {
                        fouten.add(opRegel + e.getMessage());
                        continue;
                    }
                    criteria.add(new Criterium(c.id(), c.titel(), inhoud.groep(), c.scope(), c.partij(), c.tijdpad(),
                            c.jaren(), Criterium.Ernst.valueOf(c.ernst().toUpperCase()), c.bron(), c.brontekst(),
                            c.bewijs(), c.herstel(), b.naam(), c.afhankelijkVan(), c.ketenaanpak(), c.vanToepassing(),
                            stap, c.grondslag(), c.ernstReden(), c.termijnLezing(),
                            "nee".equals(c.toelichtbaar()) ? c.toelichtbaarReden().strip() : null, beoordeling, parameters,
                            c.afgeleidUit()));
                }
            }
        }
        afgeleid(criteria, groepCodes.keySet(), fouten);
        Stappenlezer.controleerZelfdeFeit(criteria, fouten);
        if (!fouten.isEmpty()) {
            throw new RegelsetException(fouten);
        }
        return new Catalogus(groepen, criteria, gestart);
    }

    /**
     * A derived verdict ({@code afgeleid_uit}) names groups of this catalogue, other than its own, and is judged for
     * the region or per ketenaanpak: the subjects the engine can compute it for.
     */
    private static void afgeleid(List<Criterium> criteria, java.util.Collection<String> groepen, List<String> fouten) {
        for (Criterium c : criteria) {
            if (!c.isAfgeleid()) {
                continue;
            }
            String plaats = c.bestand() + ": criterium " + c.id() + ": afgeleid_uit: ";
            c.afgeleidUit().stream().filter(g -> !groepen.contains(g))
                    .forEach(g -> fouten.add(plaats + "groep " + g + " bestaat niet (bekend: " + new java.util.TreeSet<>(groepen) + ")"));
            if (!Set.of("regio", "ketenaanpak").contains(c.scope())) {
                fouten.add(plaats + "een afgeleid oordeel geldt voor de regio of per ketenaanpak, niet per " + c.scope());
            }
        }
    }

    private static List<String> controleer(Invoer c) {
        List<String> fouten = new ArrayList<>();
        if (leeg(c.id()) || !ID.matcher(c.id()).matches()) {
            fouten.add("id ontbreekt of is ongeldig (verwacht bijvoorbeeld B1.1)");
        }
        for (var veld : new String[][] {{"titel", c.titel()}, {"bron", c.bron()}, {"brontekst", c.brontekst()},
                {"bewijs", c.bewijs()}, {"herstel", c.herstel()}}) {
            if (leeg(veld[1])) {
                fouten.add(veld[0] + " ontbreekt");
            }
        }
        if (c.toelichtbaar() != null && !c.toelichtbaar().equals("nee") && !c.toelichtbaar().equals("ja")) {
            fouten.add("toelichtbaar is ja of nee, niet '" + c.toelichtbaar() + "'");
        }
        if ("nee".equals(c.toelichtbaar()) == leeg(c.toelichtbaarReden())) {
            fouten.add("toelichtbaar: nee hoort samen met toelichtbaar_reden (waarom de tekst geen ruimte laat om toe te lichten)");
        }
        if (leeg(c.grondslag())) {
            fouten.add("grondslag ontbreekt (de woorden uit de brontekst waarop de ernst rust)");
        } else if (!leeg(c.brontekst()) && !normaal(c.brontekst()).contains(normaal(c.grondslag()))) {
            fouten.add("grondslag '" + c.grondslag() + "' staat niet in de brontekst");
        }
        if (c.termijnLezing() != null && c.tijdpad() == null && (c.jaren() == null || c.jaren().isEmpty())) {
            fouten.add("termijn_lezing zonder tijdpad of jaren");
        }
        if (c.scope() == null || !SCOPES.contains(c.scope())) {
            fouten.add("scope '" + c.scope() + "' is ongeldig (verwacht een van " + SCOPES + ")");
        }
        if (c.partij() == null || !PARTIJEN.contains(c.partij())) {
            fouten.add("partij '" + c.partij() + "' is ongeldig (verwacht een van " + PARTIJEN + ")");
        }
        if (c.ernst() == null || !Set.of("verplicht", "advies", "signaal").contains(c.ernst())) {
            fouten.add("ernst '" + c.ernst() + "' is ongeldig (verwacht verplicht, advies of signaal)");
        }
        if (c.vanToepassing() != null && leeg(c.vanToepassing().spukOnderdeel())) {
            fouten.add("van_toepassing zonder spuk_onderdeel (een SPUK-onderdeel, of elk)");
        }
        if (c.tijdpad() != null && c.jaren() != null && !c.jaren().isEmpty()) {
            fouten.add("tijdpad en jaren sluiten elkaar uit");
        }
        return fouten;
    }

    /** Whitespace collapsed and typographic quotes plain, so a grondslag may cross a line of the brontekst. */
    private static String normaal(String s) {
        return s.replace('’', '\'').replace('‘', '\'').replaceAll("\\s+", " ").trim();
    }

    static boolean leeg(String s) {
        return s == null || s.isBlank();
    }
}
