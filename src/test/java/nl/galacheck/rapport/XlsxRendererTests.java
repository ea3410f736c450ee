package nl.galacheck.rapport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** The spreadsheet read back: findings with filter and frozen header, counts, provenance. */
class XlsxRendererTests {

    @Test
    void bevindingenTellingenEnVerantwoordingTerugGelezen() throws Exception {
        byte[] xlsx = Voorbeeldrapport.bytes("xlsx");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> bladen = wb.getSheets().toList();
            assertEquals(List.of("Bevindingen", "Tellingen", "Verantwoording"), bladen.stream().map(Sheet::getName).toList());
            List<Row> bevindingen = bladen.get(0).read();
            assertEquals(Bevindingentabel.KOLOMMEN, bevindingen.get(0).stream().map(c -> c.getText()).toList());
            long aantal = Voorbeeldrapport.rapport().toetsing().regios().stream().mapToLong(r -> r.bevindingen().size()).sum();
            assertEquals(aantal + 1, bevindingen.size());
            Row b14 = bevindingen.stream().filter(r -> r.getCellText(0).equals("VB-OOST") && r.getCellText(1).equals("B1.4"))
                    .findFirst().orElseThrow();
            assertEquals("niet voldaan", b14.getCellText(10));
            assertTrue(b14.getCellAsNumber(13).orElseThrow().intValue() > 1000, "dagen te laat als getal");
            List<Row> tellingen = bladen.get(1).read();
            assertEquals(Bevindingentabel.TELKOLOMMEN, tellingen.get(0).stream().map(c -> c.getText()).toList());
            assertTrue(tellingen.stream().anyMatch(r -> r.getCellText(0).equals("VB-OOST") && r.getCellText(2).equals("gli")
                    && r.getCellText(Bevindingentabel.TELKOLOMMEN.indexOf("oordeel")).startsWith("K00 ")));
            List<Row> verantwoording = bladen.get(2).read();
            assertTrue(verantwoording.stream().anyMatch(r -> r.getCellText(0).equals("regels sha256")
                    && r.getCellText(1).equals(Voorbeeldrapport.rapport().verantwoording().regelsSha256())));
        }
        String blad = deel(xlsx, "xl/worksheets/sheet1.xml");
        assertTrue(blad.contains("<autoFilter ref=\"A1:"), "autofilter op de kopregel");
        assertTrue(blad.contains("state=\"frozen\""), "kopregel vastgezet");
    }

    private static String deel(byte[] zip, String naam) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(naam)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(naam + " ontbreekt");
    }
}
