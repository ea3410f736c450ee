package nl.galacheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** End to end through the command line, on the example regions in regions/. */
class GalacheckCommandTests {

    private static final String PEILDATUM = "2026-11-23";

    record Uitkomst(int code, String uit, String fout) {
    }

    static Uitkomst galacheck(String... args) {
        StringWriter uit = new StringWriter();
        StringWriter fout = new StringWriter();
        int code = GalacheckCommand.voerUit(new PrintWriter(uit, true), new PrintWriter(fout, true), args);
        return new Uitkomst(code, uit.toString(), fout.toString());
    }

    private static JsonNode json(String... args) {
        List<String> alle = new ArrayList<>(List.of(args));
        alle.addAll(List.of("--formaat", "json"));
        Uitkomst u = galacheck(alle.toArray(String[]::new));
        assertEquals("", u.fout());
        return JsonMapper.builder().build().readTree(u.uit());
    }

    private static JsonNode regio(JsonNode rapport, String code) {
        for (JsonNode r : rapport.get("regios")) {
            if (r.get("code").asString().equals(code)) {
                return r;
            }
        }
        throw new AssertionError("regio " + code + " niet in het rapport");
    }

    private static JsonNode bevinding(JsonNode regio, String criterium, String onderwerpDeel) {
        for (JsonNode b : regio.get("bevindingen")) {
            JsonNode o = b.get("onderwerp");
            String sleutel = String.join(" ", o.get("gemeente").asString(""), o.get("ketenaanpak").asString(""), o.get("onderdeel").asString(""));
            if (b.get("criterium").asString().equals(criterium) && (onderwerpDeel == null || sleutel.contains(onderwerpDeel))) {
                return b;
            }
        }
        throw new AssertionError(criterium + " " + onderwerpDeel + " niet gevonden");
    }

    @Test
    void checkVanDeVoorbeeldregiosGeeftPerRegioHetJuisteOordeelEnAfsluitcode1() {
        Uitkomst u = galacheck("check", "regions/", "--peildatum", PEILDATUM, "--volledig");
        assertEquals(1, u.code(), u.fout());
        assertTrue(u.uit().contains("Voorbeeldregio Noord (VB-NOORD) — regions/vb-noord.yaml\nPreventie-infrastructuur (B0): VOLDAAN"), u.uit());
        assertTrue(u.uit().contains("Voorbeeldregio Oost (VB-OOST) — regions/vb-oost.yaml\nPreventie-infrastructuur (B0): NIET VOLDAAN"));
        assertTrue(u.uit().contains("Voorbeeldregio Zuid (VB-ZUID) — regions/vb-zuid.yaml\nPreventie-infrastructuur (B0): ONBEKEND"));
        // West's only gap (B4.3, published late) is explained and accepted by both parties: voldaan met toelichting
        assertTrue(u.uit().contains("Voorbeeldregio West (VB-WEST) — regions/vb-west.yaml\nPreventie-infrastructuur (B0): TOEGELICHT"));
        assertTrue(u.uit().contains("  voldaan met toelichting: B4.3"), u.uit());
        assertTrue(u.uit().contains("Samenvatting: 1 van 4 regio('s) met verplichte criteria die niet voldaan zijn."));
        assertTrue(u.uit().contains("wat is nodig: "), "herstel bij tekorten");
        assertTrue(u.uit().contains("\n           termijn volgens lezing van galacheck: De tekst zegt \"vanaf 1-4-2023"), "issue 8");
        assertTrue(u.uit().contains("termijn 1 januari 2024 (volgens lezing van galacheck)"), "issue 8");
        assertTrue(u.uit().contains("  Wie is aan zet\n  gemeenten:\n    niet voldaan   70  B1.4, B1.7, B3.2, B5.3, B6.1, K10b, K13b, "
                + "OK.2, KS.1, KS.2, KS.5, KS.BESTUURLIJK-DRAAGVLAK,"),
                "takenlijst per partij voor Oost:\n" + u.uit());
        assertTrue(u.uit().contains("feiten: regions/vb-oost.yaml:"), "bestand:regel van de feiten");
    }

    @Test
    void jsonRapportBevatElkeBevindingMetBronEnFeiten() {
        JsonNode rapport = json("check", "regions/", "--peildatum", PEILDATUM);
        assertEquals(1, rapport.get("formaatversie").asInt());
        assertEquals(PEILDATUM, rapport.get("peildatum").asString());
        assertTrue(rapport.get("verplichteTekorten").asBoolean());
        assertEquals(4, rapport.get("regios").size());
        for (JsonNode r : rapport.get("regios")) {
            for (JsonNode b : r.get("bevindingen")) {
                assertFalse(b.get("criterium").asString().isEmpty());
                assertTrue(b.get("bron").asString().contains("r."), b.toString());
                assertFalse(b.get("melding").asString().isEmpty(), b.toString());
                if (!Set.of("B0", "K00").contains(b.get("criterium").asString())) {
                    assertFalse(b.get("feiten").isEmpty(), "bevinding zonder feiten: " + b);
                }
            }
        }
        JsonNode oost = regio(rapport, "VB-OOST");
        assertEquals("NIET_VOLDAAN", oost.get("infrastructuur").get("status").asString());
        JsonNode zv = aanZet(oost, "zorgverzekeraar");
        String zvNiet = zv.get("criteria").get("NIET_VOLDAAN").toString();
        assertTrue(zvNiet.startsWith("[\"B3.3\",\"B6.2\",\"K10a\",\"K11a\",\"ZV.KS."), zvNiet + " (B3.3 2025: periode 2023 t/m 2024)");
        assertTrue(zvNiet.contains("\"ZV.GLI.AANBOD\""), "de stappen van de zorgverzekeraar staan bij de zorgverzekeraar: " + zvNiet);
        // the decision of ZN and VWS (B3.3a) is national, apart from the region and last; the regional part (B3.3) is the insurer's
        assertTrue(aanZet(oost, "landelijk").get("criteria").get("ONBEKEND").toString().contains("\"B3.3a\""),
                "landelijke randvoorwaarden apart van de regio");
        assertEquals("landelijk", oost.get("aanZet").get(oost.get("aanZet").size() - 1).get("partij").asString());

        // ketenaanpakken: welzijn op recept has no ZiNL duiding, so the insurer's Zvw purchasing is blocked nationally
        JsonNode wor = bevinding(oost, "K11a", "welzijn-op-recept");
        assertEquals("GEBLOKKEERD_LANDELIJK", wor.get("status").asString());
        assertTrue(wor.get("melding").asString().contains("K02"), wor.toString());
        // issue 7, item 13: the national state as "wat is nodig", not "koop de geduide Zvw-onderdelen in"; the file's own fact kept
        assertTrue(wor.get("herstel").asString().startsWith("Landelijk: de regio hoeft niets te doen zolang K02 ontbreekt"), wor.toString());
        assertTrue(wor.get("feiten").toString().contains("ketenaanpakken.sociaal-verwijzen.inkoop_zvw"), wor.toString());
        assertEquals("NIET_VOLDAAN", bevinding(oost, "K11a", "valpreventie").get("status").asString());
        // issue 8: a deadline the text does not give is marked as galacheck's reading, with the reason
        assertTrue(bevinding(oost, "K11a", "valpreventie").get("termijnLezing").asString()
                .startsWith("termijn volgens lezing van galacheck: De tekst zegt \"vanaf 1-4-2023"), oost.toString());
        assertTrue(bevinding(oost, "K10a", "valpreventie").get("termijnLezing").isNull(), "K10a: de termijn staat in de tekst");
        assertEquals("VOLDAAN", bevinding(oost, "K13b", "GM9912 gli").get("status").asString(), "toegang via Oosterveen, dat eigen aanbod heeft");
        assertEquals("OPEN", bevinding(oost, "K13b", "GM9913 gli").get("status").asString(), "gepland 1-1-2027");
        assertEquals("NIET_VOLDAAN", bevinding(oost, "K13b", "GM9914 gli").get("status").asString());
        assertEquals("NIET_VOLDAAN", bevinding(oost, "VP.2", "GM9911 valpreventie begeleiding").get("status").asString(),
                "één bevinding per ontbrekend onderdeel");
        assertEquals("VOLDAAN", bevinding(oost, "VP.2", "GM9911 valpreventie opsporing").get("status").asString());
        assertEquals("signaal", bevinding(oost, "VP.3", "GM9911 valpreventie 2025").get("ernst").asString());
        assertEquals("NIET_VOLDAAN", bevinding(oost, "KS.5", "GM9911 kansrijke-start").get("status").asString(), "Eigen babycafé niet op de menukaart");
        JsonNode stap = bevinding(oost, "KNGG.CZV-AANGESTELD", "GM9911 overgewicht-kinderen");
        assertEquals("NIET_VOLDAAN", stap.get("status").asString(), "dezelfde feit als OK.5: centrale_zorgverlener nee");
        assertEquals("advies", stap.get("ernst").asString());
        assertTrue(stap.get("melding").asString().contains("landelijk 72% van de gestarte gemeenten (RIVM 2026)"), stap.toString());
        JsonNode noord = regio(rapport, "VB-NOORD");
        assertEquals("VOLDAAN", noord.get("ketenaanpakken").get(1).get("ingericht").asString(), "valpreventie ingericht in Noord");
        assertEquals("GEBLOKKEERD_LANDELIJK", noord.get("ketenaanpakken").get(0).get("ingericht").asString(),
                "Kansrijke Start: al het regionale voldaan, geen duiding");
        JsonNode kaOost = oost.get("ketenaanpakken").get(4);
        assertEquals("welzijn-op-recept", kaOost.get("ketenaanpak").asString());
        assertEquals(1, kaOost.get("telling").get("GEBLOKKEERD_LANDELIJK").asInt(),
                "K11a: het bestand zegt inkoop_zvw, maar er is niets geduid; K12 zegt het bestand niet, dus onbekend");
        assertEquals("ONBEKEND", bevinding(oost, "K12", "welzijn-op-recept").get("status").asString());
        assertEquals("[\"K02\"]", kaOost.get("landelijkOntbreekt").toString());
        assertEquals(0, regio(rapport, "VB-NOORD").get("aanZet").get(0).get("criteria").get("NIET_VOLDAAN").size());
        JsonNode mandaat = bevinding(oost, "B1.1", null);
        assertEquals("VOLDAAN", mandaat.get("status").asString());
        assertEquals(75, mandaat.get("dagenTeLaat").asInt(), "vastgesteld 14-9-2023, termijn 1-7-2023");
        assertEquals("NIET_VOLDAAN", bevinding(oost, "B4.C", "welzijn-op-recept").get("status").asString());
        assertEquals("VOLDAAN", bevinding(oost, "B4.C", "gli").get("status").asString());
        assertEquals("NIET_VOLDAAN", bevinding(oost, "B1.7", "GM9913").get("status").asString(), "ondertekend door een ambtenaar");
        assertEquals("NIET_VAN_TOEPASSING", bevinding(oost, "B1.7", "GM9911").get("status").asString());
        assertEquals("OPEN", bevinding(oost, "B5.1", "Digitale sociale kaart").get("status").asString());
        assertEquals("NIET_VOLDAAN", bevinding(oost, "B2.5", null).get("status").asString(), "regiobeeld van 2022");
        assertEquals("advies", bevinding(oost, "B2.5", null).get("ernst").asString());
        JsonNode regel = bevinding(oost, "B1.1", null).get("feiten").get(0);
        assertEquals("regions/vb-oost.yaml", regel.get("bestand").asString());
        assertEquals("mandaat.vastgesteld", regel.get("pad").asString());
        assertTrue(regel.get("regel").asInt() > 0);

        JsonNode zuid = regio(rapport, "VB-ZUID");
        assertEquals("ONBEKEND", zuid.get("infrastructuur").get("status").asString());
        assertEquals("ONBEKEND", bevinding(zuid, "B1.1", null).get("status").asString());
        long eigenTekorten = 0;
        for (JsonNode b : zuid.get("bevindingen")) {
            if (b.get("status").asString().equals("NIET_VOLDAAN") && !b.get("partij").asString().equals("landelijk")) {
                eigenTekorten++;
            }
        }
        assertEquals(0, eigenTekorten, "wat ontbreekt is onbekend, niet 'niet voldaan'");

        JsonNode west = regio(rapport, "VB-WEST");
        JsonNode publicatie = bevinding(west, "B4.3", null);
        assertEquals("TOEGELICHT", publicatie.get("status").asString());
        assertTrue(publicatie.get("melding").asString().startsWith("toegelicht (pas toe of leg uit): De regionale afspraken worden gepubliceerd"));
        assertTrue(publicatie.get("melding").asString().contains("na de peildatum"), "wat het bestand zegt blijft erbij");
        assertEquals("TOEGELICHT", west.get("infrastructuur").get("status").asString());
        assertEquals("GEHONOREERD", west.get("toelichtingen").get(0).get("stand").asString());
        JsonNode oostRegio = regio(rapport, "VB-OOST");
        JsonNode monitor = bevinding(oostRegio, "B2.4", null);
        assertEquals("NIET_VOLDAAN", monitor.get("status").asString(), "een verlopen toelichting geldt niet");
        assertTrue(monitor.get("melding").asString().contains("geldt niet: verlopen: geldig tot 2025-12-31"));
        JsonNode inkoop = bevinding(oostRegio, "K10a", "overgewicht-kinderen");
        assertEquals("NIET_VOLDAAN", inkoop.get("status").asString(), "alleen door de zorgverzekeraar zelf geaccepteerd");
        assertTrue(inkoop.get("melding").asString().contains("geldt niet: niet geaccepteerd door gemeenten"), inkoop.get("melding").asString());
        assertEquals(List.of("NIET_GEHONOREERD", "NIET_GEHONOREERD"),
                List.of(oostRegio.get("toelichtingen").get(0).get("stand").asString(),
                        oostRegio.get("toelichtingen").get(1).get("stand").asString()));
        assertEquals("VOLDAAN", regio(rapport, "VB-NOORD").get("infrastructuur").get("status").asString());
    }

    @Test
    void eenEerderePeildatumSpeeltDeStandVanToenNa() {
        JsonNode west = regio(json("check", "regions/vb-west.yaml", "--peildatum", "2024-01-01"), "VB-WEST");
        assertEquals("OPEN", west.get("infrastructuur").get("status").asString(), "termijn 1-1-2025 ligt nog voor ons");
        JsonNode mandaat = bevinding(west, "B1.1", null);
        assertEquals("NIET_VOLDAAN", mandaat.get("status").asString(), "vastgesteld op 12-2-2024, na de peildatum");
        assertEquals(184, mandaat.get("dagenTeLaat").asInt());
        assertEquals("OPEN", bevinding(west, "B5.2", null).get("status").asString());
        assertEquals(366, bevinding(west, "B5.2", null).get("dagenResterend").asInt());
        assertEquals("VOLDAAN", bevinding(west, "B1.6", null).get("status").asString());
    }

    @Test
    void zelfdeInvoerGeeftHetzelfdeRapport() {
        assertEquals(galacheck("check", "regions/", "--peildatum", PEILDATUM, "--formaat", "json").uit(),
                galacheck("check", "regions/", "--peildatum", PEILDATUM, "--formaat", "json").uit());
    }

    @Test
    void beknoptGeeftEenRegelPerBevinding() {
        Uitkomst volledig = galacheck("check", "regions/vb-oost.yaml", "--peildatum", PEILDATUM, "--volledig");
        Uitkomst beknopt = galacheck("check", "regions/vb-oost.yaml", "--peildatum", PEILDATUM, "--beknopt");
        assertEquals(volledig.code(), beknopt.code());
        assertTrue(beknopt.uit().contains("  ✘ B1.7   niet voldaan — gemeente GM9913 Rivierstad · termijn 31 december 2023 (volgens lezing van galacheck) · 1058 dagen te laat\n"),
                beknopt.uit());
        assertFalse(beknopt.uit().contains("wat is nodig:"));
        assertTrue(beknopt.uit().lines().count() * 3 < volledig.uit().lines().count());
    }

    @Test
    void eenRegioZonderVerplichteTekortenGeeftAfsluitcode0() {
        assertEquals(0, galacheck("check", "regions/vb-noord.yaml", "--peildatum", PEILDATUM).code());
    }

    @Test
    void ongeldigeInvoerGeeftAlleFoutenMetPlaatsEnAfsluitcode3(@TempDir Path map) throws IOException {
        Path bestand = map.resolve("kapot.yaml");
        Files.writeString(bestand, """
                versie: 1
                regio: {code: K, naam: Kapot}
                gemeenten: [{code: GM12, naam: Fout}]
                mandaat:
                  vastgesteld: 2023-02-30
                regioplna: {}
                """);
        Uitkomst u = galacheck("check", bestand.toString());
        assertEquals(3, u.code());
        assertTrue(u.fout().contains(bestand + ":3:20: gemeenten[0].code: ongeldige gemeentecode"), u.fout());
        assertTrue(u.fout().contains(bestand + ":5:16: mandaat.vastgesteld: ongeldige datum '2023-02-30'"), u.fout());
        assertTrue(u.fout().contains(bestand + ":6:12: regioplna: onbekende sleutel 'regioplna' — bedoelde u `regioplan`?"), u.fout());
        assertTrue(u.fout().contains("3 fout(en) in 1 bestand(en)"), u.fout());
        assertEquals("", u.uit());
        assertFalse(u.fout().contains("Exception"), u.fout());
    }

    @Test
    void kapotteRegelsGevenBestandEnRegelEnAfsluitcode2(@TempDir Path map) throws IOException {
        Path drl = map.resolve("kapot/kapot.drl");
        Files.createDirectories(drl.getParent());
        Files.writeString(drl, "package kapot;\n\nrule \"X kapot\"\nwhen\n    $r : Object( = )\nthen\nend\n");
        Uitkomst u = galacheck("check", "regions/vb-noord.yaml", "--regels", map.toString());
        assertEquals(2, u.code());
        assertTrue(u.fout().contains(drl + ":5:"), u.fout());
        assertFalse(u.fout().contains("Exception"), u.fout());
    }

    @Test
    void uitSchrijftNaarBestandEnNooitInDeInvoer(@TempDir Path map) throws IOException {
        Path rapport = map.resolve("rapport.json");
        Uitkomst u = galacheck("check", "regions/vb-noord.yaml", "--peildatum", PEILDATUM, "--formaat", "json", "--uit", rapport.toString());
        assertEquals(0, u.code());
        assertEquals("", u.uit());
        assertTrue(Files.readString(rapport).contains("\"VB-NOORD\""));

        Path invoer = map.resolve("regio.yaml");
        Files.copy(Path.of("regions/vb-noord.yaml"), invoer);
        String voor = Files.readString(invoer);
        Uitkomst weigering = galacheck("check", invoer.toString(), "--uit", invoer.toString());
        assertEquals(2, weigering.code());
        assertEquals(voor, Files.readString(invoer));
    }

    @Test
    void verkeerdGebruikGeeftAfsluitcode2() {
        assertEquals(2, galacheck("check").code());
        assertEquals(2, galacheck("check", "regions/", "--formaat", "pdf").code());
        Uitkomst datum = galacheck("check", "regions/", "--peildatum", "2025-02-30");
        assertEquals(2, datum.code());
        assertTrue(datum.fout().contains("geen bestaande datum"), datum.fout());
    }

    @Test
    void hetSjabloonIsGeldigEnZegtOveralOnbekend(@TempDir Path map) throws IOException {
        Path sjabloon = map.resolve("nieuw.yaml");
        assertEquals(0, galacheck("sjabloon", "--regio", "Regio Één", "--gemeente", "GM9991=Eendorp", "--gemeente", "GM9992=Tweedorp",
                "--uit", sjabloon.toString()).code());
        String tekst = Files.readString(sjabloon);
        assertTrue(tekst.contains("code: REGIO-EEN"), tekst);
        assertEquals(0, galacheck("valideer", sjabloon.toString()).code(), "geldig zoals het geschreven is");
        JsonNode regio = json("check", sjabloon.toString(), "--peildatum", PEILDATUM).get("regios").get(0);
        assertEquals("ONBEKEND", regio.get("infrastructuur").get("status").asString());
        int onbekend = 0;
        for (JsonNode b : regio.get("bevindingen")) {
            String status = b.get("status").asString();
            boolean landelijk = b.get("partij").asString().equals("landelijk");
            assertTrue(landelijk || status.equals("ONBEKEND"), "een leeg sjabloon zegt niets, dus alles van de regio is ONBEKEND: " + b);
            onbekend += landelijk ? 0 : 1;
        }
        assertTrue(onbekend > 300, "alle vijf ketenaanpakken en hun stappen staan erin: " + onbekend);
        assertEquals(2, galacheck("sjabloon", "--regio", "Regio Één", "--uit", sjabloon.toString()).code(), "overschrijft niets");
    }

    @Test
    void eenSjabloonZonderGemeentenHeeftEenPlaatshouderDieEenFoutIs(@TempDir Path map) throws IOException {
        Path sjabloon = map.resolve("nieuw.yaml");
        assertEquals(0, galacheck("sjabloon", "--regio", "Regio Één", "--uit", sjabloon.toString()).code());
        String tekst = Files.readString(sjabloon);
        Uitkomst onveranderd = galacheck("valideer", sjabloon.toString());
        assertEquals(3, onveranderd.code(), "plaatshouders die niet zijn ingevuld, zijn fouten");
        assertTrue(onveranderd.fout().contains("'GM0000' is de plaatshouder uit het sjabloon"), onveranderd.fout());
        assertTrue(onveranderd.fout().contains("'Gemeentenaam' is de plaatshouder uit het sjabloon"), onveranderd.fout());
        Files.writeString(sjabloon, tekst.replace("GM0000", "GM9991").replace("Gemeentenaam", "Eendorp"));
        assertEquals(0, galacheck("valideer", sjabloon.toString()).code());
    }

    @Test
    void criteriaToontDeHeleCatalogus() {
        Uitkomst u = galacheck("criteria");
        assertEquals(0, u.code());
        for (String id : List.of("B0", "B1.1", "B1.8", "B2.5", "B3.3", "B4.A", "B4.I", "B4.3", "B5.3", "B6.2")) {
            assertTrue(u.uit().contains("\n  " + id + " "), id + " ontbreekt in\n" + u.uit());
        }
        assertTrue(u.uit().contains("jaarlijks 2023–2025"));
        assertTrue(u.uit().contains("grondslag: \"worden gevraagd\""), u.uit());
        assertTrue(u.uit().matches("(?s).*\n  K07b\\s+landelijk\\s.*"), "K07b is landelijk");
        assertTrue(u.uit().matches("(?s).*\n  B1.8\\s+advies\\s.*"), "B1.8 is advies");
    }

    @Test
    void uitlegToontBrontekstPartijTermijnEnBewijs() {
        Uitkomst u = galacheck("uitleg", "B4.C");
        assertEquals(0, u.code());
        assertTrue(u.uit().contains("waaronder tenminste de ketenaanpakken genoemd in bijlage B"), u.uit());
        assertTrue(u.uit().contains("termijn:     2024-01-01"));
        assertTrue(u.uit().contains("Wat voldoet"));
        assertTrue(u.uit().contains("GALA §3G-I.4 onderdeel C, r. 1871–1872 en 1883–1885"));
        assertTrue(u.uit().contains("grondslag:   \"maken minimaal onderdeel uit van het regioplan\""), u.uit());
        assertEquals(2, galacheck("uitleg", "B9.9").code());
        Uitkomst stap = galacheck("uitleg", "GLI.COORDINATOR");
        assertTrue(stap.uit().contains("stap:        `coordinator` in het gemeentelijke deel"), stap.uit());
        assertTrue(stap.uit().contains("referentie:  landelijk 61% van de gestarte gemeenten (RIVM 2026)"), stap.uit());
        assertTrue(galacheck("uitleg", "K11a").uit().contains("landelijk:   geblokkeerd zolang ontbreekt: K02, K06"));
        assertTrue(galacheck("uitleg", "K11a").uit().contains("termijn volgens lezing van galacheck: De tekst zegt \"vanaf 1-4-2023"));
        Uitkomst sleutel = galacheck("uitleg", "SV.SLEUTELFIGUREN");
        assertTrue(sleutel.uit().contains("(102 van N = 301 gestarte gemeenten)"), sleutel.uit());
        assertTrue(sleutel.uit().contains("opmerking:   102/301 = 33,9%; de tabel vermeldt 35%"), sleutel.uit());
        assertTrue(galacheck("uitleg", "KS.AANBOD-PASSEND").uit().contains("indicator:   het RIVM leest deze stap als teken"));
        Uitkomst k11b = galacheck("uitleg", "K11b");
        assertTrue(k11b.uit().contains("ernst:       advies"), k11b.uit());
        assertTrue(k11b.uit().contains("grondslag:   \"VNG stimuleert\""), k11b.uit());
        assertTrue(k11b.uit().contains("waarom:      \"VNG stimuleert dat"), k11b.uit());
        assertTrue(galacheck("uitleg", "K02").uit().contains("ernst:       landelijk (plicht van een landelijke partij"));
    }

    private static JsonNode aanZet(JsonNode regio, String partij) {
        for (JsonNode p : regio.get("aanZet")) {
            if (partij.equals(p.get("partij").asString())) {
                return p;
            }
        }
        throw new AssertionError("geen aanZet voor " + partij + " in " + regio.get("aanZet"));
    }
}
