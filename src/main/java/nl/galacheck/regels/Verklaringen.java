package nl.galacheck.regels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a criterion declares for the generic rules (rules/feiten.drl) and its own rule: the facts it is judged by
 * ({@code feit}, {@code onderdeel_van}, {@code bevat}, {@code elk}, {@code periode}, {@code of_genoemd_in}) and its
 * {@code parameters}; a malformed declaration is a catalogue error naming file and line.
 */
final class Verklaringen {

    private Verklaringen() {
    }

    /** {@code of_genoemd_in}: the list that, naming the value, stands for an absent fact. */
    record Genoemd(String lijst, String waarde) {
    }

    /**
     * The declared shape a generic rule judges ({@code feit}, {@code onderdeel_van}, {@code bevat}, {@code elk},
     * {@code periode}), or null when a rule of its own judges the criterion.
     */
    static Beoordeling beoordeling(CatalogusLader.Invoer c) {
        if (c.feit() == null || c.feit().isEmpty() || c.sleutel() != null) {
            if (c.onderdeelVan() != null || c.bevat() != null || c.elk() != null || c.periode() != null || c.ofGenoemdIn() != null) {
                throw new IllegalArgumentException("onderdeel_van, bevat, elk, periode en of_genoemd_in horen bij feit");
            }
            return null;
        }
        List<Feitverwijzing> feiten = new ArrayList<>();
        for (String f : c.feit()) {
            feiten.add(verwijzing("feit", f));
        }
        Feitverwijzing eerste = feiten.get(0);
        if (feiten.stream().anyMatch(f -> !f.soort().equals(eerste.soort()))) {
            throw new IllegalArgumentException("feit: alle feiten van één soort (" + eerste.soort() + "), niet " + c.feit());
        }
        if (eerste.soort().equals(Feitverwijzing.LANDELIJK)) {
            if (!"landelijk".equals(c.partij()) || !Set.of("regio", "ketenaanpak").contains(c.scope())) {
                throw new IllegalArgumentException("feit: landelijk hoort bij partij landelijk en scope regio of ketenaanpak");
            }
        } else if (!eerste.scope().equals(c.scope())) {
            throw new IllegalArgumentException("feit " + eerste + " gaat over scope " + eerste.scope() + ", niet " + c.scope());
        }
        Feitverwijzing onderdeelVan = c.onderdeelVan() == null ? null : verwijzing("onderdeel_van", c.onderdeelVan());
        Feitverwijzing periode = c.periode() == null ? null : verwijzing("periode", c.periode());
        Genoemd genoemd = c.ofGenoemdIn();
        if (genoemd != null && (CatalogusLader.leeg(genoemd.lijst()) || CatalogusLader.leeg(genoemd.waarde()))) {
            throw new IllegalArgumentException("of_genoemd_in: verwacht {lijst: soort.sleutel, waarde: …}");
        }
        Feitverwijzing ofGenoemdIn = genoemd == null ? null : verwijzing("of_genoemd_in", genoemd.lijst());
        for (Feitverwijzing ander : java.util.Arrays.asList(onderdeelVan, periode, ofGenoemdIn)) {
            if (ander != null && !ander.soort().equals(eerste.soort())) {
                throw new IllegalArgumentException(ander + " is geen " + eerste.soort() + " zoals feit " + eerste);
            }
        }
        int vormen = (c.bevat() == null ? 0 : 1) + (c.elk() == null ? 0 : 1) + (periode == null ? 0 : 1) + (genoemd == null ? 0 : 1)
                + (c.jaren() == null || c.jaren().isEmpty() || periode != null ? 0 : 1);
        if (vormen > 1 || (vormen == 1 && feiten.size() > 1)) {
            throw new IllegalArgumentException("bevat, elk, periode, of_genoemd_in en jaren sluiten elkaar uit en gaan over één feit");
        }
        if (periode != null && (c.jaren() == null || c.jaren().isEmpty())) {
            throw new IllegalArgumentException("periode zonder jaren");
        }
        for (List<String> lijst : java.util.Arrays.asList(c.bevat(), c.elk())) {
            if (lijst != null && (lijst.isEmpty() || lijst.stream().anyMatch(CatalogusLader::leeg))) {
                throw new IllegalArgumentException("bevat en elk noemen een of meer waarden");
            }
        }
        return new Beoordeling(feiten, onderdeelVan, c.bevat(), c.elk(), periode, ofGenoemdIn,
                genoemd == null ? null : genoemd.waarde());
    }

    static Feitverwijzing verwijzing(String veld, String tekst) {
        try {
            return Feitverwijzing.ontleed(tekst);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(veld + ": " + e.getMessage());
        }
    }

    /** {@code parameters}: per name a whole number, a text or a list of texts. */
    static Map<String, Object> parameters(tools.jackson.databind.JsonNode knoop) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        if (knoop == null || knoop.isNull()) {
            return m;
        }
        if (!knoop.isObject()) {
            throw new IllegalArgumentException("parameters: verwacht naam: waarde");
        }
        for (var e : knoop.properties()) {
            tools.jackson.databind.JsonNode w = e.getValue();
            if (w.isInt()) {
                m.put(e.getKey(), w.intValue());
            } else if (w.isString()) {
                m.put(e.getKey(), w.stringValue());
            } else if (w.isArray() && !w.isEmpty() && w.valueStream().allMatch(tools.jackson.databind.JsonNode::isString)) {
                m.put(e.getKey(), w.valueStream().map(tools.jackson.databind.JsonNode::stringValue).toList());
            } else {
                throw new IllegalArgumentException("parameters." + e.getKey() + ": verwacht een geheel getal, een tekst of een lijst"
                        + " teksten, niet " + w);
            }
        }
        return m;
    }

    /** The line of {@code - id: ID} in a catalogue file, for messages that point at the criterion. */
    static int regel(String inhoud, String id) {
        Pattern p = Pattern.compile("(?m)^[ \\t]*-[ \\t]*id:[ \\t]*[\"']?" + Pattern.quote(id) + "[\"']?[ \\t]*(#.*)?$");
        var m = p.matcher(inhoud);
        return m.find() ? (int) inhoud.substring(0, m.start()).lines().count() + 1 : 1;
    }
}
