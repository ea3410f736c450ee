package nl.galacheck.regels;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.galacheck.regio.Ketenaanpak;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads rules/landelijk.yaml: per ketenaanpak the national preconditions K01–K07. The file maps each
 * criterion id to a key (`randvoorwaarden: {K02: zinl_duiding, …}`); every ketenaanpak must give each.
 */
final class LandelijkLader {

    private static final Set<String> STATUSSEN = Set.of("aanwezig", "geen", "onbekend");

    List<LandelijkeVoorwaarde> lees(Regelbestand bestand, Catalogus catalogus) {
        List<String> fouten = new ArrayList<>();
        List<LandelijkeVoorwaarde> voorwaarden = new ArrayList<>();
        JsonNode wortel;
        try {
            wortel = YAMLMapper.builder().build().readTree(bestand.inhoud());
        } catch (JacksonException e) {
            var l = e.getLocation();
            throw new RegelsetException(List.of(bestand.naam() + (l == null ? "" : ":" + l.getLineNr()) + ": " + e.getOriginalMessage()));
        }
        JsonNode randvoorwaarden = wortel.path("randvoorwaarden");
        JsonNode ketenaanpakken = wortel.path("ketenaanpakken");
        if (!randvoorwaarden.isObject() || !ketenaanpakken.isObject()) {
            throw new RegelsetException(List.of(bestand.naam() + ": randvoorwaarden en ketenaanpakken zijn verplicht"));
        }
        for (Map.Entry<String, JsonNode> ka : ketenaanpakken.properties()) {
            String code = Ketenaanpak.metNaam(ka.getKey()).map(Ketenaanpak::code).orElse(null);
            if (code == null) {
                fouten.add(bestand.naam() + ": onbekende ketenaanpak '" + ka.getKey() + "'");
                continue;
            }
            for (Map.Entry<String, JsonNode> rv : randvoorwaarden.properties()) {
                String id = rv.getKey();
                String sleutel = rv.getValue().asString();
                if (catalogus.criterium(id).isEmpty()) {
                    fouten.add(bestand.naam() + ": randvoorwaarde " + id + " staat niet in de catalogus");
                    continue;
                }
                JsonNode n = ka.getValue();
                for (String deel : sleutel.split("\\.")) {
                    n = n.path(deel);
                }
                LandelijkeVoorwaarde v = voorwaarde(bestand, catalogus, code, id, n, "ketenaanpakken." + ka.getKey() + "." + sleutel, fouten);
                if (v != null) {
                    voorwaarden.add(v);
                }
            }
        }
        // national conditions of the bouwstenen (GALA §3G onderdeel I), e.g. the decision on coordination costs (B3.3a)
        for (Map.Entry<String, JsonNode> i : wortel.path("infrastructuur").properties()) {
            String id = i.getValue().path("criterium").asString("");
            if (catalogus.criterium(id).isEmpty()) {
                fouten.add(bestand.naam() + ": infrastructuur." + i.getKey() + ": criterium '" + id + "' staat niet in de catalogus");
                continue;
            }
            LandelijkeVoorwaarde v = voorwaarde(bestand, catalogus, null, id, i.getValue(), "infrastructuur." + i.getKey(), fouten);
            if (v != null) {
                voorwaarden.add(v);
            }
        }
        for (Ketenaanpak k : Ketenaanpak.values()) {
            if (voorwaarden.stream().noneMatch(v -> k.code().equals(v.ketenaanpak()))) {
                fouten.add(bestand.naam() + ": ketenaanpak " + k.code() + " ontbreekt");
            }
        }
        if (!fouten.isEmpty()) {
            throw new RegelsetException(fouten);
        }
        return voorwaarden;
    }

    /** One condition; {@code ketenaanpak} null for a condition of the bouwstenen. Null (and an error) when malformed. */
    private static LandelijkeVoorwaarde voorwaarde(Regelbestand bestand, Catalogus catalogus, String ketenaanpak, String id, JsonNode n,
                                                   String pad, List<String> fouten) {
        String plaats = bestand.naam() + ": " + pad + ": ";
        String status = n.path("status").asString("");
        if (!STATUSSEN.contains(status)) {
            fouten.add(plaats + "status ontbreekt of is ongeldig (verwacht: aanwezig, geen of onbekend)");
            return null;
        }
        LocalDate datum = null;
        if (n.hasNonNull("datum") && !n.get("datum").asString().equals("onbekend")) {
            try {
                datum = LocalDate.parse(n.get("datum").asString());
            } catch (DateTimeParseException e) {
                fouten.add(plaats + "ongeldige datum '" + n.get("datum").asString() + "'");
            }
        }
        List<Integer> jaren = new ArrayList<>();
        n.path("jaren").forEach(j -> jaren.add(j.asInt()));
        return new LandelijkeVoorwaarde(ketenaanpak, id, catalogus.criterium(id).get().titel(),
                LandelijkeVoorwaarde.Status.valueOf(status.toUpperCase()), datum, jaren, n.path("structureel").asBoolean(false),
                tekst(n, "bron"), tekst(n, "brontekst"), tekst(n, "toelichting"),
                new nl.galacheck.regio.Herkomst(bestand.naam(), 0, 0, pad, true));
    }

    private static String tekst(JsonNode n, String veld) {
        return n.hasNonNull(veld) ? n.get(veld).asString().strip() : null;
    }
}
