package nl.galacheck.toetsdienst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import nl.galacheck.TestRegels;
import nl.galacheck.invoer.Invoerfout;
import nl.galacheck.invoer.OngeldigeInvoerException;
import nl.galacheck.invoer.RegioLader;
import nl.galacheck.invoer.Regiobestanden;
import nl.galacheck.invoer.Regiotekst;
import nl.galacheck.rapport.Rapport;
import nl.galacheck.rapport.Renderers;
import nl.galacheck.rapport.Verantwoording;

/** The service seam: a file and its text give the same report; uploads are read from memory with the same messages. */
class ToetsdienstTests {

    private static final LocalDate PEILDATUM = LocalDate.of(2026, 11, 29);
    private static final Toetsdienst DIENST = new Toetsdienst(new Regiobestanden(new RegioLader()), TestRegels::regelset);

    private static String json(Rapport rapport) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Renderers.metNaam("json").orElseThrow().schrijf(rapport, uit);
        return uit.toString(StandardCharsets.UTF_8);
    }

    private static Toetsopties opties(LocalDate peildatum) {
        return new Toetsopties(peildatum, null, null, List.of(Renderers.metNaam("json").orElseThrow()));
    }

    @Test
    void deTekstVanEenBestandOnderZijnNaamGeeftHetzelfdeRapportAlsHetBestand() throws IOException {
        Path oost = Path.of("regions/vb-oost.yaml");
        String uitBestand = json(DIENST.toets(Regiobronnen.paden(List.of(oost)), opties(PEILDATUM)).rapport());
        Regiotekst tekst = new Regiotekst(oost.toString(), Files.readAllBytes(oost));
        Toetsdienst.Uitslag uitTekst = DIENST.toets(Regiobronnen.teksten(List.of(tekst)), opties(PEILDATUM));
        assertEquals(uitBestand, json(uitTekst.rapport()));
        assertTrue(uitTekst.geheel().heeftVerplichteTekorten());
        assertEquals(List.of(new Verantwoording.Invoer(oost.toString(), Verantwoording.sha256(oost))),
                uitTekst.rapport().verantwoording().invoer());
    }

    @Test
    void eenOngeldigeTekstGeeftDeMeldingenVanValideerMetNaamEnRegel() throws IOException {
        String noord = Files.readString(Path.of("regions/vb-noord.yaml"));
        int regel = (int) noord.lines().count() + 1;
        Regiotekst kapot = new Regiotekst("upload.yaml", (noord + "mandat: ja\n").getBytes(StandardCharsets.UTF_8));
        OngeldigeInvoerException e = assertThrows(OngeldigeInvoerException.class, () -> DIENST.lees(Regiobronnen.teksten(List.of(kapot))));
        assertTrue(e.fouten().stream().allMatch(f -> f.bestand().equals("upload.yaml")), e.fouten().toString());
        assertTrue(e.fouten().stream().anyMatch(f -> f.tekst().startsWith("upload.yaml:" + regel + ":") && f.tekst().contains("mandat: onbekende sleutel")), e.fouten().toString());
    }

    @Test
    void eenUploadKrijgtDezelfdeGrensEnControlesAlsEenBestand() {
        Toetsdienst klein = new Toetsdienst(new Regiobestanden(new RegioLader(100)), TestRegels::regelset);
        Regiotekst groot = new Regiotekst("groot.yaml", "a: b\n".repeat(100).getBytes(StandardCharsets.UTF_8));
        List<Invoerfout> fouten = assertThrows(OngeldigeInvoerException.class, () -> klein.lees(Regiobronnen.teksten(List.of(groot)))).fouten();
        assertEquals("groot.yaml: het bestand is te groot (verwacht: hoogstens 100 bytes; gevonden: 500 bytes)", fouten.get(0).tekst());
        Regiotekst bom = new Regiotekst("bom.yaml", "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n".getBytes(StandardCharsets.UTF_8));
        fouten = assertThrows(OngeldigeInvoerException.class, () -> DIENST.lees(Regiobronnen.teksten(List.of(bom)))).fouten();
        assertTrue(fouten.stream().anyMatch(f -> f.tekst().startsWith("bom.yaml:2:") && f.melding().contains("aliassen")), fouten.toString());
        Regiotekst binair = new Regiotekst("binair.yaml", new byte[] {'a', 0, 'b'});
        fouten = assertThrows(OngeldigeInvoerException.class, () -> DIENST.lees(Regiobronnen.teksten(List.of(binair)))).fouten();
        assertEquals("binair.yaml: het bestand bevat binaire gegevens (verwacht: tekst (YAML, UTF-8); gevonden: een NUL-byte)", fouten.get(0).tekst());
        assertThrows(OngeldigeInvoerException.class, () -> DIENST.lees(Regiobronnen.teksten(List.of())));
    }

    @Test
    void gelijktijdigeToetsingenMetVerschillendePeildatumsLopenNietDoorElkaar() throws Exception {
        Regiotekst west = new Regiotekst("west.yaml", Files.readAllBytes(Path.of("regions/vb-west.yaml")));
        String vroeg = json(DIENST.toets(Regiobronnen.teksten(List.of(west)), opties(LocalDate.of(2024, 1, 1))).rapport());
        String laat = json(DIENST.toets(Regiobronnen.teksten(List.of(west)), opties(PEILDATUM)).rapport());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> klaar = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                boolean isVroeg = i % 2 == 0;
                klaar.add(pool.submit(() -> json(DIENST.toets(Regiobronnen.teksten(List.of(west)),
                        opties(isVroeg ? LocalDate.of(2024, 1, 1) : PEILDATUM)).rapport()).equals(isVroeg ? vroeg : laat)));
            }
            for (Future<Boolean> f : klaar) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
