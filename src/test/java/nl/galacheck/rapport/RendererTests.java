package nl.galacheck.rapport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import nl.galacheck.toetsing.Bevinding;
import nl.galacheck.toetsing.RegioToetsing;

/** What every format shares: found by name and extension, provenance, and the same bytes for the same input. */
class RendererTests {

    static Stream<String> formaten() {
        return Renderers.alle().stream().map(Renderer::naam);
    }

    @ParameterizedTest
    @MethodSource("formaten")
    void elkFormaatGeeftBijDezelfdeInvoerDezelfdeBytes(String formaat) {
        assertArrayEquals(Voorbeeldrapport.bytes(formaat), Voorbeeldrapport.bytes(formaat));
    }

    @ParameterizedTest
    @MethodSource("formaten")
    void elkFormaatNoemtVersieRegelsInvoerEnPeildatum(String formaat) {
        Renderer r = Renderers.metNaam(formaat).orElseThrow();
        assertEquals(r, Renderers.voorBestand("rapport." + r.extensie()).orElseThrow());
        if (r.isBinair()) {
            return; // the spreadsheet is read back in XlsxRendererTests
        }
        String tekst = Voorbeeldrapport.tekst(formaat);
        Verantwoording v = Voorbeeldrapport.rapport().verantwoording();
        assertTrue(tekst.contains(v.regelsSha256()), formaat + ": vingerafdruk van de regels");
        v.invoer().forEach(i -> assertTrue(tekst.contains(i.sha256()), formaat + ": " + i.bestand()));
        assertTrue(tekst.contains("0.1.0"), formaat + ": versie");
        assertTrue(tekst.contains("2026-11-23") || tekst.contains("23 november 2026"), formaat + ": peildatum");
    }

    @Test
    void eerstTeDoenVanOostBegintMetHetMeestTeLaatEnHeeftAlleenVerplichteRegionaleTekorten() {
        RegioToetsing oost = Voorbeeldrapport.rapport().toetsing().regios().stream()
                .filter(r -> r.regio().code().equals("VB-OOST")).findFirst().orElseThrow();
        List<Bevinding> lijst = oost.werkvoorraad().eerstTeDoen();
        int meest = oost.bevindingen().stream().filter(Bevinding::isVerplichtTekort).filter(b -> b.dagenTeLaat() != null)
                .filter(b -> !b.criterium().id().equals("B0") && !b.criterium().id().equals("K00"))
                .mapToInt(Bevinding::dagenTeLaat).max().orElseThrow();
        assertEquals(meest, lijst.get(0).dagenTeLaat());
        assertTrue(lijst.stream().allMatch(b -> b.criterium().isVerplicht() && !b.criterium().isLandelijk()));
        assertFalse(lijst.stream().anyMatch(b -> b.criterium().id().equals("B0") || b.criterium().id().equals("K00")));
        assertTrue(oost.werkvoorraad().aanTeVullen().stream().allMatch(a -> !a.bevindingen().isEmpty()));
    }

    @Test
    void csvHeeftBomPuntkommasEnEenRijPerBevinding() throws Exception {
        byte[] csv = Voorbeeldrapport.bytes("csv");
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(csv, 3));
        String tekst = new String(csv, StandardCharsets.UTF_8).substring(1);
        var lezer = new tools.jackson.dataformat.csv.CsvMapper().readerFor(String[].class)
                .with(tools.jackson.dataformat.csv.CsvSchema.emptySchema().withColumnSeparator(';'))
                .with(tools.jackson.dataformat.csv.CsvReadFeature.WRAP_AS_ARRAY);
        List<String[]> rijen = lezer.<String[]>readValues(new ByteArrayInputStream(tekst.getBytes(StandardCharsets.UTF_8))).readAll();
        assertEquals(Bevindingentabel.KOLOMMEN, List.of(rijen.get(0)));
        long bevindingen = Voorbeeldrapport.rapport().toetsing().regios().stream().mapToLong(r -> r.bevindingen().size()).sum();
        long rijenMetBevinding = rijen.stream().skip(1).filter(r -> r.length == Bevindingentabel.KOLOMMEN.size()).count();
        assertEquals(bevindingen, rijenMetBevinding);
        String[] b14 = rijen.stream().filter(r -> r.length > 10 && r[0].equals("VB-OOST") && r[1].equals("B1.4")).findFirst().orElseThrow();
        assertEquals("niet voldaan", b14[10]);
        assertTrue(b14[18].startsWith("regions/vb-oost.yaml:"), b14[18]);
    }

    @Test
    void markdownHeeftPerRegioEerstTeDoenEnEenBevindingentabel() {
        String md = Voorbeeldrapport.tekst("md");
        assertTrue(md.startsWith("# Toetsing aan het Gezond en Actief Leven Akkoord (GALA)\n"));
        assertTrue(md.contains("\n## Voorbeeldregio Oost (VB-OOST)\n"));
        String oost = md.substring(md.indexOf("## Voorbeeldregio Oost"));
        String teDoen = oost.substring(oost.indexOf("### Eerst te doen"));
        assertTrue(teDoen.lines().skip(2).findFirst().orElseThrow().startsWith("1. ✘ **K10a** "), teDoen.substring(0, 300));
        assertTrue(oost.contains("| status | criterium | titel | onderwerp | partij | termijn |"));
        // every table row has as many cells as its header
        for (String regel : md.lines().filter(l -> l.startsWith("| ✘") || l.startsWith("| ✔")).toList()) {
            assertEquals(7, regel.replace("\\|", "").chars().filter(c -> c == '|').count(), regel);
        }
    }

    /**
     * The example regions' explanations show in every format: West's honoured one (B4.3 toegelicht), Oost's expired
     * one (B2.4) and the one only its own party accepted (K10a), each with the reason.
     */
    @ParameterizedTest
    @MethodSource("formaten")
    void elkFormaatToontDeToelichtingen(String formaat) {
        if (Renderers.metNaam(formaat).orElseThrow().isBinair()) {
            String xml = new String(Voorbeeldrapport.bytes(formaat), StandardCharsets.ISO_8859_1);
            // xlsx: the sheets are deflated; the counts have a column per status, TOEGELICHT included
            assertTrue(Bevindingentabel.TELKOLOMMEN.contains("toegelicht"));
            assertFalse(xml.isEmpty());
            return;
        }
        String tekst = Voorbeeldrapport.tekst(formaat);
        assertTrue(tekst.contains("De regionale afspraken worden gepubliceerd na de herijking"), formaat + ": de gehonoreerde toelichting van West");
        assertTrue(tekst.contains("verlopen: geldig tot 2025-12-31"), formaat + ": de verlopen toelichting van Oost");
        assertTrue(tekst.contains("niet geaccepteerd door gemeenten (een acceptatie door zorgverzekeraar zelf telt niet"),
                formaat + ": K10a van Oost, door de zorgverzekeraar zelf geaccepteerd");
    }
}
