package nl.galacheck.invoer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.galacheck.regio.Feit;
import nl.galacheck.regio.Regiobestand;

/** The loader: facts with their place in the file, absent versus "nee", and precise errors, all at once. */
class RegioLaderTests {

    private static final String KOP = """
            versie: 1
            regio: {code: T, naam: Toets}
            gemeenten:
              - {code: GM9991, naam: Een}
              - {code: GM9992, naam: Twee}
            """;

    @TempDir
    Path map;

    private Path bestand(String inhoud) throws IOException {
        Path p = map.resolve("regio.yaml");
        Files.writeString(p, inhoud);
        return p;
    }

    private Regiobestand laad(String inhoud) throws IOException {
        return new RegioLader().laad(bestand(inhoud), "regio.yaml");
    }

    private List<String> fouten(String inhoud) throws IOException {
        Path p = bestand(inhoud);
        OngeldigeInvoerException e = assertThrows(OngeldigeInvoerException.class, () -> new RegioLader().laad(p, "regio.yaml"));
        return e.fouten().stream().map(Invoerfout::tekst).toList();
    }

    private static void bevat(List<String> fouten, String verwacht) {
        assertTrue(fouten.stream().anyMatch(f -> f.contains(verwacht)), "verwacht '" + verwacht + "' in\n" + String.join("\n", fouten));
    }

    @Test
    void eenGetalStaatOpZijnEigenPlaatsEnIsAanwezig() throws IOException {
        // issue 7, item 13: GLI.2 showed gecontracteerde_aanbieders as "(ontbreekt)" while the file gives it
        Regiobestand r = laad("""
                versie: 1
                regio: {code: T, naam: Toets}
                gemeenten:
                  - code: GM9991
                    naam: Een
                    ketenaanpakken:
                      gli: {gecontracteerde_aanbieders: 2}
                """);
        Feit aantal = r.gemeentelijkeKetenaanpakken().stream().filter(g -> g.ketenaanpak().equals("gli")).findFirst().orElseThrow()
                .specifiek("gecontracteerde_aanbieders");
        assertTrue(aantal.herkomst().aanwezig(), aantal.herkomst().toString());
        assertEquals(7, aantal.herkomst().regel());
        assertEquals("2", aantal.waarde());
    }

    @Test
    void woordenlijstenNaNormaliserenEnOnbekendInEenGeslotenLijstIsEenFout() throws IOException {
        // issue 7, item 5: case, accents, spaces and hyphens do not matter; an unknown closed-list entry is an error
        Regiobestand r = laad("""
                versie: 1
                regio: {code: T, naam: Toets}
                gemeenten:
                  - code: GM9991
                    naam: Een
                    ketenaanpakken:
                      valpreventie: {componenten: [Opsporing, " Screening ", BEWEEGINTERVENTIE]}
                regiobeeld:
                  opgesteld_door: [Gemeenten, GGD'en, Zorgverzekeraars]
                """);
        Feit componenten = r.gemeentelijkeKetenaanpakken().stream().filter(g -> g.ketenaanpak().equals("valpreventie")).findFirst()
                .orElseThrow().specifiek("componenten");
        assertTrue(componenten.bevat("opsporing") && componenten.bevat("screening"), componenten.toString());
        assertTrue(r.regiobeeld().opgesteldDoor().bevat("ggd") && r.regiobeeld().opgesteldDoor().bevat("zorgverzekeraar"),
                r.regiobeeld().opgesteldDoor().toString());
        List<String> fouten = fouten(KOP.replace("- {code: GM9991, naam: Een}",
                "- {code: GM9991, naam: Een, ketenaanpakken: {valpreventie: {componenten: [opspoorin]}}}"));
        bevat(fouten, "onbekende waarde 'opspoorin' — bedoelde u `opsporing`?");
    }

    @Test
    void feitenOnthoudenBestandRegelKolomEnPad() throws IOException {
        Regiobestand r = laad(KOP + """
                mandaat:
                  vastgesteld: {datum: 2023-06-28, bron: Mandaatbesluit}
                """);
        Feit f = r.mandaat().vastgesteld();
        assertEquals(Feit.Stand.JA, f.stand());
        assertEquals("2023-06-28", f.datum().toString());
        assertEquals("Mandaatbesluit", f.bron());
        assertEquals("regio.yaml:7:16", f.herkomst().plaats());
        assertEquals("mandaat.vastgesteld", f.pad());
    }

    @Test
    void afwezigIsIetsAndersDanNee() throws IOException {
        Regiobestand r = laad(KOP + """
                mandaat:
                  vastgesteld: nee
                  financiele_regeling: false
                """);
        assertEquals(Feit.Stand.NEE, r.mandaat().vastgesteld().stand());
        assertEquals(Feit.Stand.NEE, r.mandaat().financieleRegeling().stand());
        Feit bekend = r.mandaat().bekendgemaakt();
        assertEquals(Feit.Stand.AFWEZIG, bekend.stand());
        assertEquals("mandaat.bekendgemaakt", bekend.pad());
        assertEquals(6, bekend.herkomst().regel(), "een ontbrekend feit wijst naar waar het hoort");
        assertEquals(Feit.Stand.AFWEZIG, r.regioplan().vastgesteld().stand());
    }

    @Test
    void alleFoutenVanEenBestandTegelijkMetPlaatsVerwachtEnGevonden() throws IOException {
        List<String> fouten = fouten("""
                versie: 1
                regio: {code: T, naam: Toets}
                gemeenten:
                  - {code: GM991, naam: Een}
                  - {code: GM9992, naam: Twee, inwoners: veel}
                mandaat:
                  vastgesteld: 2023-02-30
                  gemandateerde_gemeente: GM9992
                  bekendgemaakt: [2023]
                  machtigingen:
                    - {gemeente: GM9993, datum: 2023-06-01, door: wethouder}
                regioplan:
                  onderdelen:
                    ketenaanpakken: [gli, sociaal-verwijzn]
                  uitvoering:
                    - {afspraak: X, status: klaar}
                regiobeeld:
                  vastgesteld: 2023-01-01
                  vastgesteld: 2023-02-01
                regioplna: {}
                """);
        bevat(fouten, "regio.yaml:4:12: gemeenten[0].code: ongeldige gemeentecode (verwacht: CBS-code GM gevolgd door vier cijfers (GM0363); gevonden: 'GM991')");
        bevat(fouten, "regio.yaml:5:42: gemeenten[1].inwoners: verkeerd type (verwacht: een geheel getal; gevonden: 'veel')");
        bevat(fouten, "regio.yaml:7:16: mandaat.vastgesteld: ongeldige datum '2023-02-30' (verwacht: een bestaande datum JJJJ-MM-DD)");
        bevat(fouten, "regio.yaml:9:18: mandaat.bekendgemaakt: verkeerd type (verwacht: ja/nee, een datum (JJJJ-MM-DD) of een object {datum, bron, toelichting}; gevonden: een lijst)");
        bevat(fouten, "machtiging van gemeente GM9993, die niet bij deze regio hoort");
        bevat(fouten, "regio.yaml:14:27: regioplan.onderdelen.ketenaanpakken[1]: onbekende ketenaanpak 'sociaal-verwijzn' — bedoelde u `sociaal-verwijzen`?");
        bevat(fouten, "regio.yaml:16:29: regioplan.uitvoering[0].status: onbekende waarde 'klaar'");
        bevat(fouten, "een van: afgerond, gestopt, niet-gestart, op-schema, vertraagd");
        bevat(fouten, "regio.yaml:19:3: regiobeeld.vastgesteld: sleutel 'vastgesteld' komt twee keer voor (eerder op regel 18)");
        bevat(fouten, "regio.yaml:20:12: regioplna: onbekende sleutel 'regioplna' — bedoelde u `regioplan`?");
        assertEquals(9, fouten.size(), String.join("\n", fouten));
        assertTrue(fouten.get(0).startsWith("regio.yaml:4:12"), "fouten staan in volgorde van het bestand");
    }

    @Test
    void verplichteDelenEnVersie() throws IOException {
        List<String> fouten = fouten("versie: 2\nregio: {naam: Zonder code}\n");
        bevat(fouten, "onbekende formaatversie 2");
        bevat(fouten, "regio.code: verplichte sleutel 'code' ontbreekt");
        bevat(fouten, "gemeenten: de regio heeft geen gemeenten");
    }

    @Test
    void gemeenteTweeKeerInDeRegio() throws IOException {
        bevat(fouten("versie: 1\nregio: {code: T, naam: T}\ngemeenten: [{code: GM9991, naam: A}, {code: GM9991, naam: B}]\n"),
                "gemeente GM9991 staat twee keer in de regio (eerder op regel 3)");
    }

    @Test
    void vijandigeEnKapotteBestanden() throws IOException {
        bevat(fouten(""), "het bestand is leeg");
        bevat(fouten(KOP + "mandaat:\n  vastgesteld: &a 2023-01-01\n  bekendgemaakt: *a\n"), "YAML-aliassen (*naam) worden niet ondersteund");
        bevat(fouten(KOP + "---\nversie: 1\n"), "meer dan één YAML-document");
        bevat(fouten("versie: 1\nregio: [\n"), "geen geldige YAML");
        bevat(fouten("a:\n\tb: 1\n"), "regio.yaml:2:1: inspringen met een tab");
        bevat(fouten("x: " + "[".repeat(200) + "]".repeat(200) + "\n"), "te diep genest");

        Path binair = map.resolve("binair.yaml");
        Files.write(binair, new byte[] {'a', ':', ' ', 0, 1, 2});
        assertThrows(OngeldigeInvoerException.class, () -> new RegioLader().laad(binair, "binair.yaml"));
        Path latin1 = map.resolve("latin1.yaml");
        Files.write(latin1, new byte[] {'a', ':', ' ', (byte) 0xE9, '\n'});
        OngeldigeInvoerException e = assertThrows(OngeldigeInvoerException.class, () -> new RegioLader().laad(latin1, "latin1.yaml"));
        bevat(e.fouten().stream().map(Invoerfout::tekst).toList(), "geen geldige UTF-8");
        Path groot = map.resolve("groot.yaml");
        Files.writeString(groot, KOP + "# " + "x".repeat(2000) + "\n");
        OngeldigeInvoerException g = assertThrows(OngeldigeInvoerException.class, () -> new RegioLader(1000).laad(groot, "groot.yaml"));
        bevat(g.fouten().stream().map(Invoerfout::tekst).toList(), "het bestand is te groot");
    }

    @Test
    void mapZonderRegiobestandenEnRegiocodeTweeKeer() throws IOException {
        Path leeg = Files.createDirectories(map.resolve("leeg"));
        OngeldigeInvoerException e = assertThrows(OngeldigeInvoerException.class,
                () -> new Regiobestanden(new RegioLader()).laad(List.of(leeg)));
        bevat(e.fouten().stream().map(Invoerfout::tekst).toList(), "de map bevat geen regiobestanden");

        Files.writeString(map.resolve("a.yaml"), KOP);
        Files.writeString(map.resolve("b.yaml"), KOP);
        OngeldigeInvoerException dubbel = assertThrows(OngeldigeInvoerException.class,
                () -> new Regiobestanden(new RegioLader()).laad(List.of(map.resolve("a.yaml"), map.resolve("b.yaml"))));
        bevat(dubbel.fouten().stream().map(Invoerfout::tekst).toList(), "regiocode T komt ook voor in");
    }
}
