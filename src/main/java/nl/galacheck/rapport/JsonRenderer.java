package nl.galacheck.rapport;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.galacheck.regio.Herkomst;
import nl.galacheck.regio.Ketenaanpak;
import nl.galacheck.toetsing.Bevinding;
import nl.galacheck.toetsing.Onderwerp;
import nl.galacheck.toetsing.RegioToetsing;
import nl.galacheck.toetsing.Status;
import nl.galacheck.toetsing.Toetsing;
import nl.galacheck.toetsing.Werkvoorraad;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON report: a stable, documented structure (README, "Het JSON-rapport") that later formats
 * derive from. Every key is always present (null when not applicable); no timestamps, so the same
 * input and rules give the same bytes.
 */
final class JsonRenderer implements Renderer {

    /** Raised when the structure changes incompatibly. */
    static final int FORMAATVERSIE = 1;

    // streamed to the output, which stays open for the caller: a national report is tens of megabytes
    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    record Json(int formaatversie, LocalDate peildatum, String regels, int criteria, boolean verplichteTekorten,
                Verantwoording verantwoording, String selectie, List<Regio> regios) {
    }

    record Regio(String code, String naam, String bestand, Map<Status, Long> telling, List<Groepstelling> bouwstenen,
                 List<Ketenaanpaktelling> ketenaanpakken, Finding infrastructuur, List<TeDoen> aanZet,
                 Werk werkvoorraad, List<Toelichting> toelichtingen, List<Finding> bevindingen) {
    }

    /** One explanation (pas toe of leg uit) and what became of it: GEHONOREERD, NIET_GEHONOREERD or VEROUDERD. */
    record Toelichting(String criterium, String onderwerp, String toelichting, LocalDate geldigTot,
                       List<nl.galacheck.regio.Toelichting.Acceptatie> geaccepteerdDoor, String bron, Herkomst plaats,
                       String stand, String reden, List<String> bevindingen) {
    }

    /** What to do first (criterion and subject key, most urgent first) and the keys the file still lacks. */
    record Werk(List<Verwijzing> eerstTeDoen, List<Aanvulling> aanTeVullen) {
    }

    record Verwijzing(String criterium, String onderwerp, Status status, Integer dagenTeLaat, Integer dagenResterend) {
    }

    record Aanvulling(String sleutel, Herkomst plaats, List<String> criteria, List<String> gemeenten, List<String> ketenaanpakken,
                      int bevindingen) {
    }

    /**
     * Per ketenaanpak the count of the region's own findings per status, the national preconditions missing, and
     * which municipalities had started it (RIVM definition; the basis of the RIVM step figures).
     */
    record Ketenaanpaktelling(String ketenaanpak, String naam, Status ingericht, Map<Status, Long> telling,
                              List<String> landelijkOntbreekt, Gestart gestart) {
    }

    /** Municipality codes: started, not started, and where the file does not say. */
    record Gestart(List<String> ja, List<String> nee, List<String> onbekend) {

        static Gestart van(List<nl.galacheck.toetsing.Gestart> lijst) {
            return new Gestart(codes(lijst, Boolean.TRUE), codes(lijst, Boolean.FALSE), codes(lijst, null));
        }

        private static List<String> codes(List<nl.galacheck.toetsing.Gestart> lijst, Boolean waarde) {
            return lijst.stream().filter(g -> java.util.Objects.equals(g.gestart(), waarde)).map(nl.galacheck.toetsing.Gestart::gemeente).toList();
        }
    }

    /** One party's to-do list: per status the criteria (ids, in catalogue order) that concern it. */
    record TeDoen(String partij, Map<Status, List<String>> criteria) {
    }

    record Groepstelling(String groep, String naam, Map<Status, Long> telling) {
    }

    record Finding(String criterium, String titel, String groep, String ernst, String partij, Subject onderwerp,
                   Status status, LocalDate termijn, LocalDate datum, Integer dagenTeLaat, Integer dagenResterend,
                   boolean termijnVerstreken, String termijnLezing, String melding, String bron, String herstel,
                   List<Herkomst> feiten, List<String> bewijs) {
    }

    record Subject(String soort, String regio, String gemeente, String gemeenteNaam, String ketenaanpak, String onderdeel) {
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
    public void schrijf(Rapport rapport, OutputStream uit) throws IOException {
        Toetsing t = rapport.toetsing();
        // each region's findings are mapped when the writer reaches them, not all held at once
        List<Regio> regios = new AbstractList<>() {
            @Override
            public Regio get(int i) {
                return regio(t, t.regios().get(i));
            }

            @Override
            public int size() {
                return t.regios().size();
            }
        };
        String selectie = rapport.selectie().isAlles() ? null : rapport.selectie().omschrijving();
        mapper.writeValue(uit, new Json(FORMAATVERSIE, t.peildatum(), t.regels(), t.catalogus().grootte(),
                t.heeftVerplichteTekorten(), rapport.verantwoording(), selectie, regios));
        uit.write('\n');
    }

    private static Werk werk(Werkvoorraad w) {
        return new Werk(w.eerstTeDoen().stream().map(b -> new Verwijzing(b.criterium().id(), b.onderwerp().sleutel(), b.status(),
                b.dagenTeLaat(), b.dagenResterend())).toList(),
                w.aanTeVullen().stream().map(a -> new Aanvulling(a.sleutel(), a.plaats(), a.criteria(), a.gemeenten(),
                        a.ketenaanpakken(), a.bevindingen().size())).toList());
    }

    private static Regio regio(Toetsing t, RegioToetsing r) {
        List<Groepstelling> groepen = t.catalogus().groepen().stream()
                .filter(g -> !r.vanGroep(g.code()).isEmpty())
                .map(g -> new Groepstelling(g.code(), g.naam(), new LinkedHashMap<>(r.telling(g.code()))))
                .toList();
        List<Ketenaanpaktelling> ketenaanpakken = java.util.Arrays.stream(Ketenaanpak.values())
                .map(k -> new Ketenaanpaktelling(k.code(), k.naam(), r.ingericht(k.code()).map(Bevinding::status).orElse(null),
                        new LinkedHashMap<>(r.tellingKetenaanpak(k.code())),
                        r.landelijkOntbrekend(k.code()), Gestart.van(r.gestart(k.code()))))
                .toList();
        return new Regio(r.regio().code(), r.regio().naam(), r.regio().bestand(), new LinkedHashMap<>(r.telling()), groepen,
                ketenaanpakken, r.oordeelInfrastructuur().map(JsonRenderer::finding).orElse(null),
                r.aanZet().entrySet().stream().map(e -> teDoen(e.getKey(), e.getValue())).toList(), werk(r.werkvoorraad()),
                r.toelichtingen().stream().map(s -> new Toelichting(s.toelichting().criterium(), Toelichtingtekst.onderwerp(s),
                        s.toelichting().toelichting(), s.toelichting().geldigTot(), s.toelichting().geaccepteerdDoor(), s.toelichting().bron(),
                        s.toelichting().herkomst(), s.soort().name(), s.reden(),
                        s.bevindingen().stream().map(b -> b.onderwerp().sleutel()).toList())).toList(),
                r.bevindingen().stream().map(JsonRenderer::finding).toList());
    }

    private static TeDoen teDoen(String partij, List<Bevinding> bevindingen) {
        Map<Status, List<String>> perStatus = new LinkedHashMap<>();
        for (Status s : RegioToetsing.TE_DOEN) {
            perStatus.put(s, bevindingen.stream().filter(b -> b.status() == s).map(b -> b.criterium().id()).distinct().toList());
        }
        return new TeDoen(partij, perStatus);
    }

    private static Finding finding(Bevinding b) {
        var c = b.criterium();
        return new Finding(c.id(), c.titel(), c.groep(), c.ernst().label(), c.partij(), subject(b.onderwerp()), b.status(),
                b.termijn(), b.datum(), b.dagenTeLaat(), b.dagenResterend(), b.termijnVerstreken(),
                Termijntekst.lezingVolledig(b), b.melding(), c.bron(),
                b.herstel(), b.feiten(), b.bewijs());
    }

    private static Subject subject(Onderwerp o) {
        String soort = o.gemeente() != null ? "gemeente" : o.ketenaanpak() != null ? "ketenaanpak" : "regio";
        return new Subject(soort, o.regio(), o.gemeente(), o.gemeenteNaam(), o.ketenaanpak(), o.onderdeel());
    }
}
