package nl.galacheck.rapport;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
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
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

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

    /**
     * A region written on its own, indented as it stands in {@code regios} (one object level deeper; arrays stay
     * inline, as Jackson's default printer has them), so it can be rendered apart and spliced in as a raw value.
     */
    private final ObjectWriter regioSchrijver = mapper.writer().with(new DefaultPrettyPrinter().withObjectIndenter(new DefaultPrettyPrinter.Indenter() {
        @Override
        public void writeIndentation(JsonGenerator g, int level) {
            DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.writeIndentation(g, level + 1);
        }

        @Override
        public boolean isInline() {
            return false;
        }
    }));

    record Json(int formaatversie, LocalDate peildatum, String regels, int criteria, boolean verplichteTekorten,
                Verantwoording verantwoording, String selectie, List<RawValue> regios) {
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
        // each region is mapped and written when the writer nears it, a few ahead on the other cores, never all at
        // once: a national report is tens of megabytes
        try (Vooruit<RawValue> regios = new Vooruit<>(t.regios().size(),
                i -> new RawValue(new Utf8(regioSchrijver.writeValueAsBytes(regio(t, t.regios().get(i))))))) {
            String selectie = rapport.selectie().isAlles() ? null : rapport.selectie().omschrijving();
            mapper.writeValue(uit, new Json(FORMAATVERSIE, t.peildatum(), t.regels(), t.catalogus().grootte(),
                    t.heeftVerplichteTekorten(), rapport.verantwoording(), selectie, regios));
        }
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

    /** A region's JSON as UTF-8 bytes, written as they are (a raw value, never quoted: re-encoding a string costs more). */
    private record Utf8(byte[] bytes) implements SerializableString {

        @Override
        public String getValue() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public int charLength() {
            return getValue().length();
        }

        @Override
        public byte[] asUnquotedUTF8() {
            return bytes;
        }

        @Override
        public int appendUnquotedUTF8(byte[] buffer, int offset) {
            if (offset + bytes.length > buffer.length) {
                return -1;
            }
            System.arraycopy(bytes, 0, buffer, offset, bytes.length);
            return bytes.length;
        }

        @Override
        public int appendUnquoted(char[] buffer, int offset) {
            String s = getValue();
            if (offset + s.length() > buffer.length) {
                return -1;
            }
            s.getChars(0, s.length(), buffer, offset);
            return s.length();
        }

        @Override
        public int writeUnquotedUTF8(OutputStream out) throws IOException {
            out.write(bytes);
            return bytes.length;
        }

        @Override
        public int putUnquotedUTF8(java.nio.ByteBuffer buffer) {
            if (bytes.length > buffer.remaining()) {
                return -1;
            }
            buffer.put(bytes);
            return bytes.length;
        }

        // raw JSON is never written as a quoted string
        @Override
        public char[] asQuotedChars() {
            throw new UnsupportedOperationException();
        }

        @Override
        public byte[] asQuotedUTF8() {
            throw new UnsupportedOperationException();
        }

        @Override
        public int appendQuotedUTF8(byte[] buffer, int offset) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int appendQuoted(char[] buffer, int offset) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int writeQuotedUTF8(OutputStream out) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int putQuotedUTF8(java.nio.ByteBuffer buffer) {
            throw new UnsupportedOperationException();
        }
    }
}
