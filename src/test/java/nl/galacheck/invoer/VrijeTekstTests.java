package nl.galacheck.invoer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import nl.galacheck.regio.Feit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evidence written as text, both sides: a no, an unknown or a plan is an input error at its line;
 * a yes or no in any spelling is that boolean; a date in another notation is an error that names the
 * ISO form; a document title stays evidence. Every row also goes through the JSON Schema alone, which
 * must say the same (issue 9, items 1–5).
 */
class VrijeTekstTests {

    private static final String KOP = """
            versie: 1
            regio: {code: T, naam: Toets}
            gemeenten: [{code: GM9991, naam: Een}]
            regiobeeld:
              thema_preventie: %s
            """;

    /** One phrasing: as written in YAML, and what the loader must make of it ("fout: …" is part of the error). */
    record Geval(String geschreven, String verwacht) {
    }

    static final List<Geval> TABEL = List.of(
            // non-answers: an error, with what to write instead
            new Geval("nee, nog niet", "fout:zegt nee, onbekend of later"),
            new Geval("\"Nee, nog niet\"", "fout:zegt nee, onbekend of later"),
            new Geval("niet", "fout:zegt nee, onbekend of later"),
            new Geval("NIET", "fout:zegt nee, onbekend of later"),
            new Geval("geen", "fout:zegt nee, onbekend of later"),
            new Geval("Geen regiobeeld", "fout:zegt nee, onbekend of later"),
            new Geval("onbekend", "fout:zegt nee, onbekend of later"),
            new Geval("Onbekend.", "fout:zegt nee, onbekend of later"),
            new Geval("\"?\"", "fout:zegt nee, onbekend of later"),
            new Geval("\"??\"", "fout:zegt nee, onbekend of later"),
            new Geval("\"-\"", "fout:zegt nee, onbekend of later"),
            new Geval("n.v.t.", "fout:zegt nee, onbekend of later"),
            new Geval("nvt", "fout:zegt nee, onbekend of later"),
            new Geval("N/A", "fout:zegt nee, onbekend of later"),
            new Geval("nog niet vastgesteld", "fout:zegt nee, onbekend of later"),
            new Geval("in voorbereiding", "fout:zegt nee, onbekend of later"),
            new Geval("In voorbereiding (2024)", "fout:zegt nee, onbekend of later"),
            new Geval("concept", "fout:zegt nee, onbekend of later"),
            new Geval("Concept-regiobeeld", "fout:zegt nee, onbekend of later"),
            new Geval("gepland", "fout:zegt nee, onbekend of later"),
            new Geval("Gepland voor Q3", "fout:zegt nee, onbekend of later"),
            new Geval("volgt", "fout:zegt nee, onbekend of later"),
            new Geval("volgt later", "fout:zegt nee, onbekend of later"),
            new Geval("PM", "fout:zegt nee, onbekend of later"),
            new Geval("p.m.", "fout:zegt nee, onbekend of later"),
            new Geval("TODO", "fout:zegt nee, onbekend of later"),
            new Geval("tbd", "fout:zegt nee, onbekend of later"),
            new Geval("wordt vastgesteld in 2024", "fout:zegt nee, onbekend of later"),
            new Geval("weet niet", "fout:zegt nee, onbekend of later"),
            new Geval("binnenkort", "fout:zegt nee, onbekend of later"),
            new Geval("Ontwerp regiobeeld", "fout:zegt nee, onbekend of later"),
            new Geval("deels", "fout:zegt nee, onbekend of later"),
            new Geval("ja, maar nog niet ondertekend", "fout:zegt nee, onbekend of later"),
            new Geval("Regiobeeld 2023 (nog niet vastgesteld)", "fout:zegt nee, onbekend of later"),
            new Geval("Nota preventie, in voorbereiding", "fout:zegt nee, onbekend of later"),
            new Geval("Gemeentenaam", "fout:plaatshouder uit het sjabloon"),
            new Geval("\"<titel van het document>\"", "fout:plaatshouder uit het sjabloon"),
            // booleans in every spelling
            new Geval("nee", "NEE"), new Geval("Nee", "NEE"), new Geval("NEE", "NEE"), new Geval("neen", "NEE"),
            new Geval("no", "NEE"), new Geval("No", "NEE"), new Geval("NO", "NEE"), new Geval("n", "NEE"), new Geval("N", "NEE"),
            new Geval("off", "NEE"), new Geval("Off", "NEE"), new Geval("OFF", "NEE"),
            new Geval("false", "NEE"), new Geval("False", "NEE"), new Geval("FALSE", "NEE"), new Geval("\"false\"", "NEE"),
            new Geval("ja", "JA"), new Geval("Ja", "JA"), new Geval("JA", "JA"), new Geval("j", "JA"),
            new Geval("yes", "JA"), new Geval("Yes", "JA"), new Geval("y", "JA"), new Geval("Y", "JA"),
            new Geval("on", "JA"), new Geval("On", "JA"), new Geval("true", "JA"), new Geval("True", "JA"),
            new Geval("TRUE", "JA"), new Geval("\"true\"", "JA"),
            // dates: one notation
            new Geval("2023-07-03", "JA@2023-07-03"),
            new Geval("\"2023-07-03\"", "JA@2023-07-03"),
            new Geval("'2023-07-03'", "JA@2023-07-03"),
            new Geval("3-7-2023", "fout:bedoelde u 2023-07-03?"),
            new Geval("03-07-2023", "fout:bedoelde u 2023-07-03?"),
            new Geval("3 juli 2023", "fout:bedoelde u 2023-07-03?"),
            new Geval("3 jul. 2023", "fout:bedoelde u 2023-07-03?"),
            new Geval("2023/07/03", "fout:bedoelde u 2023-07-03?"),
            new Geval("07/03/2023", "fout:bedoelde u 2023-03-07 of 2023-07-03?"),
            new Geval("13/07/2023", "fout:bedoelde u 2023-07-13?"),
            new Geval("3.7.2023", "fout:bedoelde u 2023-07-03?"),
            new Geval("\"July 3, 2023\"", "fout:bedoelde u 2023-07-03?"),
            new Geval("2023-7-3", "fout:bedoelde u 2023-07-03?"),
            new Geval("juli 2023", "fout:noemt een maand, geen dag"),
            new Geval("2023-02-30", "fout:ongeldige datum '2023-02-30'"),
            new Geval("31-02-2023", "fout:ongeldige datum '31-02-2023'"),
            new Geval("Besluit van 3 juli 2023", "fout:tekst met een datum ('3 juli 2023')"),
            new Geval("Regiobeeld vastgesteld 2023-07-03", "fout:tekst met een datum ('2023-07-03')"),
            new Geval("Regiobeeld 3-7-2023", "fout:tekst met een datum ('3-7-2023')"),
            // document titles: evidence, even with a negation word that is not the first word
            new Geval("Nota Geen Zorgen 2024", "JA:Nota Geen Zorgen 2024"),
            new Geval("Regiobeeld Zuid 2023", "JA:Regiobeeld Zuid 2023"),
            new Geval("Gezondheidsmonitor 2022, hoofdstuk 3", "JA:Gezondheidsmonitor 2022, hoofdstuk 3"),
            new Geval("Regioplan 2023-2026", "JA:Regioplan 2023-2026"),
            new Geval("Nota Niet Alleen", "JA:Nota Niet Alleen"),
            new Geval("Geenhuis-nota", "JA:Geenhuis-nota"),
            new Geval("\"Nogal gezond: regiobeeld\"", "JA:Nogal gezond: regiobeeld"),
            new Geval("Concepten van gezondheid (vastgesteld)", "JA:Concepten van gezondheid (vastgesteld)"),
            new Geval("Jaarplan preventie", "JA:Jaarplan preventie"),
            new Geval("Pmd-nota", "JA:Pmd-nota"),
            new Geval("https://example.nl/2023/07/03/regiobeeld.pdf", "JA:https://example.nl/2023/07/03/regiobeeld.pdf"),
            new Geval("Besluit nr. 12", "JA:Besluit nr. 12"),
            // objects: the explanation of a no is free; of a yes it may not say no; a date goes in datum
            new Geval("{voldaan: false, toelichting: \"nee, nog niet\"}", "NEE"),
            new Geval("{voldaan: no, toelichting: \"in voorbereiding\"}", "NEE"),
            new Geval("{voldaan: Off}", "NEE"),
            new Geval("{voldaan: ja, bron: Regiobeeld 2023}", "JA"),
            new Geval("{toelichting: \"nog niet\"}", "fout:de toelichting 'nog niet' zegt nee, onbekend of later"),
            new Geval("{bron: \"Besluit 3 juli 2023\"}", "fout:het bewijs noemt een datum ('3 juli 2023') maar heeft geen `datum`"),
            new Geval("{datum: 2023-07-03, bron: \"Besluit 3 juli 2023\"}", "JA@2023-07-03"),
            new Geval("{datum: 3-7-2023, bron: Besluit}", "fout:bedoelde u 2023-07-03?"),
            new Geval("{datum: \"2023-07-03\", bron: Besluit}", "JA@2023-07-03"),
            new Geval("{bron: Nota Geen Zorgen 2024}", "JA"),
            new Geval("{bron: onbekend}", "fout:onbekend"),
            new Geval("{bron: \"?\"}", "fout:'?'"),
            // found by the acceptance test: status words anywhere, quoted no, objects, empty values, periods
            new Geval("In concept", "fout:zegt nee, onbekend of later"),
            new Geval("Regiobeeld (concept)", "fout:zegt nee, onbekend of later"),
            new Geval("Regiobeeld 2023 (ontwerp)", "fout:zegt nee, onbekend of later"),
            new Geval("afgewezen", "fout:zegt nee, onbekend of later"),
            new Geval("Regiobeeld - afgewezen door bestuur", "fout:zegt nee, onbekend of later"),
            new Geval("uitgesteld", "fout:zegt nee, onbekend of later"),
            new Geval("ingetrokken", "fout:zegt nee, onbekend of later"),
            new Geval("nader te bepalen", "fout:zegt nee, onbekend of later"),
            new Geval("weet ik niet", "fout:zegt nee, onbekend of later"),
            new Geval("not yet", "fout:zegt nee, onbekend of later"),
            new Geval("false.", "fout:zegt nee, onbekend of later"),
            new Geval("\"'nee'\"", "fout:zegt nee, onbekend of later"),
            new Geval("Zie Regiobeeld; nee", "fout:zegt nee, onbekend of later"),
            new Geval("open", "fout:het zegt niet wat er is"),
            new Geval("x", "fout:het zegt niet wat er is"),
            new Geval("\"2023\"", "fout:is een getal"),
            new Geval("\"20230703\"", "fout:is een getal"),
            new Geval("Q3 2024", "fout:noemt een periode"),
            new Geval("medio 2023", "fout:noemt een periode"),
            new Geval("voorjaar 2024", "fout:noemt een periode"),
            new Geval("\"1 juli '23\"", "fout:noemt een periode"),
            new Geval("{bron: \"Regiobeeld, nog niet vastgesteld\"}", "fout:zegt nee, onbekend of later"),
            new Geval("{bron: \"Concept regiobeeld\"}", "fout:zegt nee, onbekend of later"),
            new Geval("{}", "AFWEZIG"),
            new Geval("\" \"", "AFWEZIG"),
            new Geval("{bron: \" \"}", "AFWEZIG"),
            new Geval("Conceptueel kader preventie 2023", "JA:Conceptueel kader preventie 2023"),
            new Geval("Regionaal Open Overleg 2023", "JA:Regionaal Open Overleg 2023"));

    /** Rows where the schema cannot say what the loader says, with the reason. */
    private static final List<String> NIET_IN_HET_SCHEMA = List.of(
            // a date that does not exist in another notation: the schema sees the notation, which is enough
            // short whole words, numbers, periods and empty values are decided by the loader only: as schema
            // patterns they would also forbid names and codes that happen to be such a word
            "open", "x", "\"2023\"", "\"20230703\"", "Q3 2024", "medio 2023", "voorjaar 2024", "\"1 juli '23\"",
            "{}", "\" \"", "{bron: \" \"}",
            // the schema does not look inside evidence objects for these words
            "{bron: \"Regiobeeld, nog niet vastgesteld\"}", "{bron: \"Concept regiobeeld\"}");

    @TempDir
    Path map;

    @Test
    void deTabelHeeftGenoegFormuleringenAanBeideKanten() {
        assertTrue(TABEL.size() >= 40, "ten minste 40 formuleringen");
        assertTrue(TABEL.stream().filter(g -> g.verwacht().startsWith("fout:")).count() >= 20);
        assertTrue(TABEL.stream().filter(g -> !g.verwacht().startsWith("fout:")).count() >= 20);
    }

    @TestFactory
    Stream<DynamicTest> deLaderLeestElkeFormuleringZoalsBedoeld() {
        return TABEL.stream().map(g -> DynamicTest.dynamicTest("lader: thema_preventie: " + g.geschreven(), () -> {
            Path p = map.resolve("r.yaml");
            Files.writeString(p, KOP.formatted(g.geschreven()));
            if (g.verwacht().startsWith("fout:")) {
                OngeldigeInvoerException e = assertThrows(OngeldigeInvoerException.class, () -> new RegioLader().laad(p, "r.yaml"),
                        g.geschreven() + " hoort een invoerfout te zijn");
                List<String> fouten = e.fouten().stream().map(Invoerfout::tekst).toList();
                assertTrue(fouten.stream().anyMatch(f -> f.contains(g.verwacht().substring(5)) && f.startsWith("r.yaml:5:")),
                        "verwacht '" + g.verwacht().substring(5) + "' op regel 5 in\n" + String.join("\n", fouten));
                return;
            }
            Feit f = new RegioLader().laad(p, "r.yaml").regiobeeld().themaPreventie();
            String[] delen = g.verwacht().split("[@:]", 2);
            assertEquals(Feit.Stand.valueOf(delen[0]), f.stand(), g.geschreven());
            if (g.verwacht().contains("@")) {
                assertEquals(delen[1], String.valueOf(f.datum()), g.geschreven());
            } else if (g.verwacht().contains(":")) {
                assertEquals(delen[1], f.waarde(), g.geschreven());
                assertEquals(null, f.datum());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> hetSchemaZegtHetzelfde() {
        YamlBoomLezer boom = new YamlBoomLezer(RegioLader.STANDAARD_MAX_BYTES);
        return TABEL.stream().filter(g -> !NIET_IN_HET_SCHEMA.contains(g.geschreven()))
                .map(g -> DynamicTest.dynamicTest("schema: thema_preventie: " + g.geschreven(), () -> {
                    Path p = map.resolve("s.yaml");
                    Files.writeString(p, KOP.formatted(g.geschreven()));
                    List<Invoerfout> fouten = new ArrayList<>();
                    List<Invoerfout> schema = RegioSchema.gedeeld().valideer(boom.lees(p, "s.yaml", fouten));
                    assertEquals(List.of(), fouten);
                    if (g.verwacht().startsWith("fout:")) {
                        assertFalse(schema.isEmpty(), g.geschreven() + " hoort volgens het schema ongeldig te zijn");
                    } else {
                        assertEquals(List.of(), schema, g.geschreven());
                    }
                }));
    }

    /** The schema's patterns are generated from the loader's word lists; this keeps the two the same. */
    @Test
    void deSchemapatronenKomenUitDeWoordenlijstenVanDeLader() throws IOException {
        JsonNode defs = JsonMapper.builder().build().readTree(Files.readString(Path.of("schema/regio.schema.json"))).get("$defs");
        assertEquals(Antwoord.schemapatroonBegin(), defs.get("geenAntwoordBegin").get("pattern").asString());
        assertEquals(Antwoord.schemapatroonOveral(), defs.get("geenAntwoordOveral").get("pattern").asString());
        assertEquals(Antwoord.schemapatroonHeel(), defs.get("geenAntwoordHeel").get("pattern").asString());
        assertEquals(Antwoord.schemapatroonJaNee(), defs.get("jaNee").get("pattern").asString());
        assertEquals(Datumnotatie.schemapatroon(), defs.get("andereDatum").get("pattern").asString());
    }

    @Test
    void plaatshoudersUitHetSjabloonZijnFouten() throws IOException {
        Path p = map.resolve("r.yaml");
        Files.writeString(p, """
                versie: 1
                regio: {code: T, naam: Toets}
                gemeenten: [{code: GM0000, naam: Gemeentenaam}]
                mandaat: {gemandateerde_gemeente: GM0000}
                """);
        OngeldigeInvoerException e = assertThrows(OngeldigeInvoerException.class, () -> new RegioLader().laad(p, "r.yaml"));
        List<String> fouten = e.fouten().stream().map(Invoerfout::tekst).toList();
        assertTrue(fouten.contains("r.yaml:3:20: gemeenten[0].code: 'GM0000' is de plaatshouder uit het sjabloon (verwacht: de CBS-code van de gemeente (GM0363))"), String.join("\n", fouten));
        assertTrue(fouten.stream().anyMatch(f -> f.startsWith("r.yaml:3:") && f.contains("gemeenten[0].naam: 'Gemeentenaam' is de plaatshouder")), String.join("\n", fouten));
        assertTrue(fouten.stream().anyMatch(f -> f.startsWith("r.yaml:4:") && f.contains("'GM0000' is de plaatshouder")), String.join("\n", fouten));
        List<Invoerfout> fs = new ArrayList<>();
        assertFalse(RegioSchema.gedeeld().valideer(new YamlBoomLezer(RegioLader.STANDAARD_MAX_BYTES).lees(p, "r.yaml", fs)).isEmpty());
    }

    @Test
    void eenNeeInElkeSpellingInLijstenEnNamen() throws IOException {
        Path p = map.resolve("r.yaml");
        Files.writeString(p, """
                versie: 1
                regio: {code: T, naam: Toets}
                gemeenten: [{code: GM9991, naam: Een}]
                mandaat:
                  zorgverzekeraar: {coordinerend: "no"}
                  aanspreekpunten: {ambtelijk: Off}
                regiobeeld:
                  bronnen: n
                """);
        var r = new RegioLader().laad(p, "r.yaml");
        assertEquals(Feit.Stand.NEE, r.mandaat().zorgverzekeraarCoordinerend().stand());
        assertEquals(Feit.Stand.NEE, r.mandaat().aanspreekpuntAmbtelijk().stand());
        assertEquals(Feit.Stand.NEE, r.regiobeeld().bronnen().stand());
    }
}
