package nl.galacheck.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.galacheck.invoer.Plaatshouder;
import nl.galacheck.invoer.RegioSchema;
import nl.galacheck.rapport.Uitleg;
import nl.galacheck.regels.Catalogus;
import nl.galacheck.regels.Criterium;
import nl.galacheck.regio.Ketenaanpak;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the template region file from the schema (every key, in the schema's order) and the catalogue
 * (the criterion, its weight and deadline as a comment at each key): nothing kept by hand, so the
 * template cannot fall behind the format. Every value is left empty, so the file says nothing (ONBEKEND).
 */
final class Sjabloonschrijver {

    /** Leading criterion ids of a schema description: "B1.3: …", "VP.3/VP.4 (alleen …)", "B2.1/B2.3: …". */
    private static final Pattern IDS = Pattern.compile("^([A-Z][A-Z0-9]*(?:\\.[A-Z0-9]+)?[a-z]?(?:[/,] ?[A-Z][A-Z0-9]*(?:\\.[A-Z0-9]+)?[a-z]?)*)[:.( ]|^([A-Z][A-Z0-9]*\\.[A-Z0-9]+)$");
    private static final int KOLOM = 40;
    private static final Set<String> BEWIJSVELDEN = Set.of("datum", "bron", "toelichting", "voldaan");

    /** One municipality to write: its code and name (placeholders when the user gave none). */
    record Gemeente(String code, String naam) {
    }

    private final JsonNode schema;
    private final JsonNode defs;
    private final Catalogus catalogus;
    private final StringBuilder uit = new StringBuilder();
    /** Whether the ketenaanpak blocks being written are the regional ones (else a municipality's). */
    private boolean regionaal;

    Sjabloonschrijver(Catalogus catalogus) {
        this.schema = JsonMapper.builder().build().readTree(RegioSchema.tekst());
        this.defs = schema.get("$defs");
        this.catalogus = catalogus;
    }

    String schrijf(String naam, String code, String schemaPad, List<Gemeente> gemeenten) {
        uit.append("# yaml-language-server: $schema=").append(schemaPad).append('\n');
        uit.append("""
                #
                # Regiobestand voor galacheck: de afspraken van %s volgens het Gezond en Actief Leven Akkoord (GALA).
                # Gemaakt door `galacheck sjabloon` uit het schema en de criteriacatalogus; bij elke sleutel staat het
                # criterium, de ernst (als die niet verplicht is) en de termijn. Vul in wat geregeld is; laat leeg wat u
                # (nog) niet weet.
                #
                #   leeg of weggelaten   = het bestand zegt het niet        → ONBEKEND
                #   nee (no, false, …)   = uitdrukkelijk niet geregeld      → NIET_VOLDAAN (of OPEN vóór de termijn)
                #   ja (yes, true, …)    = geregeld, datum onbekend
                #   2023-06-28           = geregeld op die datum (alleen deze notatie: niet 28-6-2023 of 28 juni 2023)
                #   {datum: 2023-06-28, bron: "Mandaatbesluit art. 3", toelichting: "…"}   = met bewijs (aanbevolen)
                #   {voldaan: false, toelichting: "nog niet vastgesteld"}                  = nee, met uitleg
                # Tekst als "nog niet", "onbekend", "in voorbereiding" of "PM" is geen bewijs maar een invoerfout.
                #
                # Controleren zonder toetsen:  galacheck valideer dit-bestand.yaml
                # Toetsen:                     galacheck check dit-bestand.yaml
                # Eén criterium uitgelegd:     galacheck uitleg B1.7
                """.formatted(naam));
        Iterator<Map.Entry<String, JsonNode>> velden = schema.get("properties").properties().iterator();
        while (velden.hasNext()) {
            Map.Entry<String, JsonNode> e = velden.next();
            uit.append('\n');
            switch (e.getKey()) {
                case "versie" -> regel(0, "versie: 1", null);
                case "regio" -> {
                    regel(0, "regio:", omschrijving(e.getValue()));
                    regel(1, "code: " + code, "korte code voor rapporten");
                    regel(1, "naam: \"" + naam + "\"", null);
                    object(1, e.getValue(), null, Set.of("code", "naam"));
                }
                case "gemeenten" -> gemeenten(e.getValue(), gemeenten);
                case "ketenaanpakken" -> ketenaanpakken(0, e.getValue(), "ketenaanpakRegio", "regio");
                default -> sleutel(0, e.getKey(), e.getValue(), null);
            }
        }
        return uit.toString();
    }

    private void gemeenten(JsonNode lijst, List<Gemeente> gemeenten) {
        regel(0, "gemeenten:", "elke gemeente van de regio, met CBS-code (GM en vier cijfers)");
        JsonNode item = lijst.get("items");
        for (Gemeente g : gemeenten) {
            boolean plaatshouder = g.code().equals(Plaatshouder.GEMEENTECODE);
            regel(1, "- code: " + g.code(), plaatshouder ? "vervang door de CBS-code (plaatshouder: een fout tot hij is ingevuld)" : null);
            regel(2, "naam: \"" + g.naam() + "\"", plaatshouder ? "vervang door de naam van de gemeente" : null);
            object(2, item, null, Set.of("code", "naam"));
        }
    }

    /** The properties of an object, in schema order, skipping {@code al} (written already). */
    private void object(int diepte, JsonNode node, String ketenaanpak, Set<String> al) {
        for (Map.Entry<String, JsonNode> e : los(node).get("properties").properties()) {
            if (!al.contains(e.getKey())) {
                sleutel(diepte, e.getKey(), e.getValue(), ketenaanpak);
            }
        }
    }

    private void sleutel(int diepte, String naam, JsonNode node, String ketenaanpak) {
        JsonNode opgelost = los(node);
        List<Criterium> criteria = criteria(node);
        if (ketenaanpak != null && criteria.stream().anyMatch(c -> c.ketenaanpak() != null && !c.ketenaanpak().equals(ketenaanpak))) {
            return; // a key of another ketenaanpak (GALA §3G-II, ketenaanpakspecifieke afspraken)
        }
        if (naam.equals("ketenaanpakken") && opgelost.has("additionalProperties")) {
            ketenaanpakken(diepte, node, "ketenaanpakGemeente", "gemeente");
            return;
        }
        if (naam.equals("stappen")) {
            stappen(diepte, opgelost, ketenaanpak);
            return;
        }
        String toelichting = commentaar(node, criteria);
        if (isObject(opgelost)) {
            regel(diepte, naam + ":", toelichting);
            object(diepte + 1, opgelost, ketenaanpak, Set.of());
            return;
        }
        // a key that may not be empty (a list such as gedeeld_met) is shown as a comment: written empty it is an error
        regel(diepte, (magLeeg(node) ? "" : "# ") + naam + ":", toelichting);
        // the extra keys of an evidence object, as comments: written empty they would make an object that counts
        JsonNode props = opgelost.get("properties");
        if (props != null) {
            for (Map.Entry<String, JsonNode> e : props.properties()) {
                if (!BEWIJSVELDEN.contains(e.getKey())) {
                    List<Criterium> van = criteria(e.getValue());
                    // the key exists under every ketenaanpak; only its own ketenaanpak's criterion reads it
                    boolean ander = ketenaanpak != null && van.stream().anyMatch(c -> c.ketenaanpak() != null && !c.ketenaanpak().equals(ketenaanpak));
                    regel(diepte, "#   " + e.getKey() + ":", ander ? null : commentaar(e.getValue(), van));
                }
            }
        }
    }

    private void ketenaanpakken(int diepte, JsonNode node, String def, String niveau) {
        regionaal = niveau.equals("regio");
        regel(diepte, "ketenaanpakken:", omschrijving(node));
        for (Ketenaanpak k : Ketenaanpak.values()) {
            regel(diepte + 1, k.code() + ":", k.naam());
            object(diepte + 2, defs.get(def), k.code(), Set.of());
        }
    }

    /** The RIVM process steps of one ketenaanpak at this level (advies), keys as the catalogue names them. */
    private void stappen(int diepte, JsonNode node, String ketenaanpak) {
        Set<String> sleutels = new LinkedHashSet<>();
        node.get("properties").propertyNames().forEach(sleutels::add);
        List<Criterium> stappen = catalogus.criteria().stream()
                .filter(c -> c.stap() != null && ketenaanpak != null && ketenaanpak.equals(c.ketenaanpak())
                        && c.stap().isRegionaal() == regionaal && sleutels.contains(c.stap().sleutel()))
                .toList();
        if (stappen.isEmpty()) {
            return;
        }
        regel(diepte, "stappen:", "RIVM-inrichtingsstappen (advies), elk ja/nee of een datum");
        for (Criterium c : stappen) {
            regel(diepte + 1, c.stap().sleutel() + ":", c.id() + " " + c.titel());
        }
    }

    /** "B1.1 Mandaatstructuur vastgesteld · termijn 2023-07-01", or the schema's own description. */
    private String commentaar(JsonNode node, List<Criterium> criteria) {
        if (criteria.isEmpty()) {
            return omschrijving(node);
        }
        List<String> delen = new ArrayList<>();
        for (Criterium c : criteria) {
            String termijn = Uitleg.termijn(c);
            delen.add(c.id() + " " + c.titel() + (c.isVerplicht() ? "" : " (" + c.ernst().label() + ")")
                    + (termijn.equals("–") ? "" : " · termijn " + termijn));
        }
        return String.join("; ", delen);
    }

    private List<Criterium> criteria(JsonNode node) {
        String beschrijving = omschrijving(node);
        List<Criterium> gevonden = new ArrayList<>();
        if (beschrijving == null) {
            return gevonden;
        }
        Matcher m = IDS.matcher(beschrijving);
        if (m.find()) {
            String ids = m.group(1) != null ? m.group(1) : m.group(2);
            for (String id : ids.split("[/,] ?")) {
                catalogus.criterium(id).ifPresent(gevonden::add);
            }
        }
        return gevonden;
    }

    private String omschrijving(JsonNode node) {
        JsonNode d = node.get("description");
        if (d == null && node.has("$ref")) {
            d = los(node).get("description");
        }
        return d == null ? null : d.asString();
    }

    /** A plain object to write key by key; evidence objects and objects that may also be text stay one key. */
    private static boolean isObject(JsonNode node) {
        if (!node.has("properties") || node.get("properties").has("voldaan") || node.get("properties").has("datum")) {
            return false;
        }
        JsonNode type = node.get("type");
        if (type == null || type.isString()) {
            return type == null || type.asString().equals("object");
        }
        for (JsonNode t : type) {
            if (!t.asString().equals("object") && !t.asString().equals("null")) {
                return false;
            }
        }
        return true;
    }

    /** Whether the schema lets the key stand without a value (null): then the template can write it empty. */
    private boolean magLeeg(JsonNode node) {
        JsonNode n = los(node);
        JsonNode type = n.get("type");
        if (type == null) {
            JsonNode takken = n.has("anyOf") ? n.get("anyOf") : n.get("oneOf");
            if (takken == null) {
                return true;
            }
            for (JsonNode tak : takken) {
                if (magLeeg(tak)) {
                    return true;
                }
            }
            return false;
        }
        if (type.isString()) {
            return type.asString().equals("null");
        }
        for (JsonNode t : type) {
            if (t.asString().equals("null")) {
                return true;
            }
        }
        return false;
    }

    /** The node a {@code $ref} points at (one level; the schema's definitions do not chain objects). */
    private JsonNode los(JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : defs.get(ref.asString().substring("#/$defs/".length()));
    }

    private void regel(int diepte, String tekst, String commentaar) {
        String r = "  ".repeat(diepte) + tekst;
        if (commentaar != null && !commentaar.isBlank()) {
            r = r + " ".repeat(Math.max(1, KOLOM - r.length())) + "# " + commentaar.replace("\n", " ");
        }
        uit.append(r).append('\n');
    }
}
