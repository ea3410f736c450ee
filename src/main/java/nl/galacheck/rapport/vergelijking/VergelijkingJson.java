package nl.galacheck.rapport.vergelijking;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.galacheck.toetsing.Status;
import nl.galacheck.vergelijking.Punt;
import nl.galacheck.vergelijking.Stand;
import nl.galacheck.vergelijking.Vergelijking;
import nl.galacheck.vergelijking.Wijziging;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The comparison as JSON (README, "Vergelijken"): every key always present, no timestamps. */
final class VergelijkingJson implements Vergelijkingsrenderer {

    static final int FORMAATVERSIE = 1;

    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    record Json(int formaatversie, Kant oud, Kant nieuw, boolean andereRegels, boolean verslechterd, List<String> alleenOud,
                List<String> alleenNieuw, List<Regio> regios) {
    }

    record Kant(String herkomst, LocalDate peildatum, String versie, String regels, String regelsSha256) {
    }

    record Regio(String code, String naam, Overgang infrastructuur, List<Overgang> ingericht, Map<Status, Long> tellingOud,
                 Map<Status, Long> tellingNieuw, Map<String, List<Verandering>> wijzigingen, List<String> verslechterd) {
    }

    record Overgang(String onderwerp, Status oud, Status nieuw, boolean verslechterd) {
    }

    record Verandering(String criterium, String titel, String ernst, String partij, String onderwerp, String onderwerpLabel,
                       Status oud, Status nieuw, LocalDate termijn, Integer dagenTeLaat, Integer dagenResterend, boolean verslechterd) {
    }

    @Override
    public String naam() {
        return "json";
    }

    @Override
    public String extensie() {
        return "json";
    }

    @Override
    public void schrijf(Vergelijking v, OutputStream uit) throws java.io.IOException {
        Json json = new Json(FORMAATVERSIE, kant(v.oud()), kant(v.nieuw()), v.andereRegels(), v.heeftVerslechteringen(),
                v.alleenOud(), v.alleenNieuw(), v.regios().stream().map(VergelijkingJson::regio).toList());
        uit.write((mapper.writeValueAsString(json) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static Kant kant(Stand s) {
        return new Kant(s.herkomst(), s.peildatum(), s.versie(), s.regels(), s.regelsSha256());
    }

    private static Regio regio(Vergelijking.RegioVergelijking r) {
        Map<String, List<Verandering>> perSoort = new LinkedHashMap<>();
        for (Wijziging.Soort soort : Vergelijkingstekst.SOORTEN) {
            perSoort.put(soort.name(), r.van(soort).stream().map(VergelijkingJson::verandering).toList());
        }
        return new Regio(r.code(), r.naam(), r.infrastructuur() == null ? null : overgang(r.infrastructuur()),
                r.ingericht().stream().map(VergelijkingJson::overgang).toList(), new LinkedHashMap<>(r.tellingOud()),
                new LinkedHashMap<>(r.tellingNieuw()), perSoort,
                r.verslechteringen().stream().map(w -> w.punt().sleutel()).toList());
    }

    private static Overgang overgang(Vergelijking.Overgang o) {
        return new Overgang(o.onderwerp(), o.oud(), o.nieuw(), o.wijziging() != null && o.wijziging().isVerslechtering());
    }

    private static Verandering verandering(Wijziging w) {
        Punt p = w.punt();
        Punt n = w.nieuw();
        return new Verandering(p.criterium(), p.titel(), p.ernst(), p.partij(), p.onderwerp().sleutel(), p.onderwerp().label(),
                w.oud() == null ? null : w.oud().status(), n == null ? null : n.status(), p.termijn(),
                n == null ? null : n.dagenTeLaat(), n == null ? null : n.dagenResterend(), w.isVerslechtering());
    }
}
