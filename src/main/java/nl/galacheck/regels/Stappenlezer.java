package nl.galacheck.regels;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The catalogue's RIVM process steps as {@link CatalogusLader} reads them: the step of a criterion with a
 * {@code sleutel} (and the shared fact it may read instead), the national figures ({@code referentie}) of the steps
 * and of "gestart", and the check that a shared fact names a criterion that has it.
 */
final class Stappenlezer {

    private Stappenlezer() {
    }

    /** The figure, with the basis its description names; a description naming no known basis is a catalogue error. */
    static Referentie cijfer(CatalogusLader.ReferentieInvoer r) {
        if (r == null || r.percentage() == null || r.aantal() == null || r.basis() == null) {
            return null;
        }
        Referentie.Grondslag g = Referentie.Grondslag.uit(r.omschrijving()).orElseThrow(() -> new IllegalArgumentException(
                "referentie.omschrijving '" + r.omschrijving() + "' noemt geen bekende grondslag (van de gemeenten, van de gestarte "
                        + "gemeenten, preferente zorgverzekeraars)"));
        return new Referentie(r.percentage(), r.aantal(), r.basis(), r.omschrijving(), g);
    }

    /** The share of municipalities started per ketenaanpak ({@code gestart.<ketenaanpak>.referentie}), to compare with. */
    static Map<String, Referentie> gestartReferenties(YAMLMapper mapper, JsonNode gestart, String bestand, List<String> fouten) {
        Map<String, Referentie> m = new java.util.LinkedHashMap<>();
        if (gestart == null) {
            return m;
        }
        for (var e : gestart.properties()) {
            JsonNode r = e.getValue().get("referentie");
            if (r == null) {
                continue;
            }
            try {
                m.put(e.getKey(), cijfer(mapper.treeToValue(r, CatalogusLader.ReferentieInvoer.class)));
            } catch (JacksonException ex) {
                fouten.add(bestand + ": gestart." + e.getKey() + ".referentie: " + ex.getOriginalMessage().lines().findFirst().orElse(""));
            } catch (IllegalArgumentException ex) {
                fouten.add(bestand + ": gestart." + e.getKey() + ": " + ex.getMessage());
            }
        }
        return m;
    }

    /** The step a criterion with a {@code sleutel} is, or null; a shared fact ({@code zelfde_feit_als}, {@code feit}) is checked here. */
    static Stap stap(CatalogusLader.Invoer c) {
        if (c.sleutel() == null) {
            return null;
        }
        // a step that reads the fact of a GALA criterion names it (zelfde_feit_als) and where that fact stands (feit)
        boolean heeftFeit = c.feit() != null && !c.feit().isEmpty();
        if (CatalogusLader.leeg(c.zelfdeFeitAls()) == heeftFeit || heeftFeit && c.feit().size() > 1) {
            throw new IllegalArgumentException("een stap met zelfde_feit_als noemt één feit (de plaats van dat feit), en omgekeerd");
        }
        Feitverwijzing feit = heeftFeit ? Verklaringen.verwijzing("feit", c.feit().get(0)) : null;
        if (feit != null && !c.scope().equals(feit.scope())) {
            throw new IllegalArgumentException("feit " + feit + " gaat over scope " + feit.scope() + ", niet " + c.scope());
        }
        CatalogusLader.ReferentieInvoer r = c.referentie();
        return new Stap(c.sleutel(), c.niveau(), r == null ? null : r.omschrijving(), c.zelfdeFeitAls(), feit, cijfer(r),
                r == null ? null : r.opmerking(), c.geholpenIndicator() != null && c.geholpenIndicator().asBoolean(false));
    }

    /** A step that shares a criterion's fact names a criterion that exists and, where it declares its fact, the same one. */
    static void controleerZelfdeFeit(List<Criterium> criteria, List<String> fouten) {
        Map<String, Criterium> perId = new HashMap<>();
        criteria.forEach(c -> perId.put(c.id(), c));
        for (Criterium c : criteria) {
            if (c.stap() == null || c.stap().zelfdeFeitAls() == null) {
                continue;
            }
            Criterium ander = perId.get(c.stap().zelfdeFeitAls());
            if (ander == null) {
                fouten.add(c.bestand() + ": criterium " + c.id() + ": zelfde_feit_als " + c.stap().zelfdeFeitAls() + " is geen criterium");
            } else if (ander.beoordeling() != null && !ander.beoordeling().feit().toString().equals(c.stap().feit().toString())) {
                fouten.add(c.bestand() + ": criterium " + c.id() + ": feit " + c.stap().feit() + " is niet het feit van "
                        + ander.id() + " (" + ander.beoordeling().feit() + ")");
            }
        }
    }
}
