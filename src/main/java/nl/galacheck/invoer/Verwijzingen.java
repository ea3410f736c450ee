package nl.galacheck.invoer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.galacheck.regio.Feit;
import nl.galacheck.regio.Gemeente;
import nl.galacheck.regio.Machtiging;
import nl.galacheck.regio.Regiobestand;

/**
 * The references a region file makes to its own municipalities, and the checks across the files of
 * one run (a region code twice, a municipality in two regions). Each reports where the reference is.
 */
final class Verwijzingen {

    private Verwijzingen() {
    }

    /** The mandated municipality is one of this region (GALA Bijlage 2, r. 3334–3336). */
    static void controleerGemandateerde(List<Gemeente> gemeenten, Feit gemandateerde, List<Invoerfout> fouten) {
        if (gemandateerde.isJa() && gemeenten.stream().noneMatch(g -> g.code().equals(gemandateerde.waarde()))) {
            fouten.add(Invoerfout.bij(gemandateerde.herkomst(), "gemandateerde gemeente " + gemandateerde.waarde()
                    + " hoort niet bij deze regio", "een gemeente uit `gemeenten`", gemandateerde.waarde()));
        }
    }

    /** One declaration per municipality, and only from municipalities of this region. */
    static void controleerMachtigingen(List<Gemeente> gemeenten, List<Machtiging> machtigingen, List<Invoerfout> fouten) {
        Set<String> codes = new HashSet<>();
        gemeenten.forEach(g -> codes.add(g.code()));
        Map<String, Integer> gezien = new HashMap<>();
        for (Machtiging m : machtigingen) {
            var h = m.verklaring().herkomst();
            if (!codes.contains(m.gemeente())) {
                fouten.add(Invoerfout.bij(h, "machtiging van gemeente " + m.gemeente() + ", die niet bij deze regio hoort",
                        "een gemeente uit `gemeenten`", m.gemeente()));
            }
            Integer eerder = gezien.putIfAbsent(m.gemeente(), h.regel());
            if (eerder != null) {
                fouten.add(Invoerfout.bij(h, "tweede machtiging van gemeente " + m.gemeente() + " (eerder op regel " + eerder + ")",
                        "één machtiging per gemeente", null));
            }
        }
    }

    /** A municipality named in a list of the region (startende gemeenten) must be one of its own. */
    static MapLezer.YamlWaarde gemeenteVanDeRegio(MapLezer.YamlWaarde w, Set<String> codes, String wat, List<Invoerfout> fouten) {
        if (!codes.contains(w.tekst())) {
            fouten.add(Invoerfout.bij(w.herkomst(), wat + " " + w.tekst() + " hoort niet bij deze regio",
                    "een gemeente uit `gemeenten`", w.tekst()));
            return null;
        }
        return w;
    }

    /**
     * A municipality belongs to one region, unless every file that lists it names the other regions
     * in {@code gedeeld_met} (it happens at borders).
     */
    static void controleerGedeeldeGemeenten(List<Regiobestand> bestanden, List<Invoerfout> fouten) {
        Map<String, List<Gemeente>> perCode = new java.util.LinkedHashMap<>();
        bestanden.forEach(b -> b.gemeenten().forEach(g -> perCode.computeIfAbsent(g.code(), c -> new ArrayList<>()).add(g)));
        for (List<Gemeente> zelfde : perCode.values()) {
            if (zelfde.size() < 2) {
                continue;
            }
            for (Gemeente g : zelfde) {
                List<String> anderen = zelfde.stream().map(Gemeente::regio).filter(r -> !r.equals(g.regio())).distinct().toList();
                if (!g.gedeeldMet().containsAll(anderen)) {
                    fouten.add(Invoerfout.bij(g.herkomst(), "gemeente " + g.label() + " staat ook in regio " + String.join(", ", anderen),
                            "één regio per gemeente, of `gedeeld_met: [" + String.join(", ", anderen) + "]` bij deze gemeente", null));
                }
            }
        }
    }

    /** Each region has a code of its own across the files of one run. */
    static void controleerRegiocodes(List<Regiobestand> bestanden, List<Invoerfout> fouten) {
        Map<String, Regiobestand> gezien = new HashMap<>();
        for (Regiobestand b : bestanden) {
            Regiobestand eerder = gezien.putIfAbsent(b.regio().code(), b);
            if (eerder != null) {
                var h = b.regio().herkomst();
                fouten.add(new Invoerfout(h.bestand(), h.regel(), h.kolom(), "regio.code",
                        "regiocode " + b.regio().code() + " komt ook voor in " + eerder.regio().bestand(), "een eigen code per regio", null));
            }
        }
    }
}
