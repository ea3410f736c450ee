package nl.galacheck.invoer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.galacheck.regio.Regiobestand;

/** A fixture case's region: the base with the case's changes, each value on the line where it was written (README, "Fixtures"). */
class FixtureregiosTests {

    private static final Regiotekst BASES = new Regiotekst("basis.yaml", """
            minimaal:
              versie: 1
              regio: {code: T, naam: Toetsregio}
              gemeenten: [{code: GM9991, naam: Eerstedorp, inkoop_afgestemd: 2024-04-01}]
              mandaat:
                vastgesteld: 2023-06-28
                gemandateerde_gemeente: GM9991
            """.getBytes(StandardCharsets.UTF_8));

    private static Fixtureregios regios(String tekst) {
        return new Fixtureregios(new Regiotekst("f.yaml", tekst.getBytes(StandardCharsets.UTF_8)), BASES);
    }

    private static List<String> fouten(Runnable r) {
        return assertThrows(OngeldigeInvoerException.class, r::run).fouten().stream().map(Invoerfout::tekst).toList();
    }

    @Test
    void eenGevalVeranderdDeBasisEnElkeWaardeHoudtZijnRegel() {
        Fixtureregios f = regios("""
                basis: minimaal
                gevallen:
                  - naam: a
                    regio:
                      mandaat.zorgverzekeraar: {coordinerend: Zorgverzekeraar Toets, mandaat: 2023-05-01}
                      gemeenten[0].naam: Anderdorp
                      gemeenten[1]: {code: GM9992, naam: Tweedorp}
                  - naam: b
                    zonder: [mandaat.vastgesteld, "gemeenten[0].inkoop_afgestemd"]
                """);
        assertEquals(2, f.aantal());
        assertEquals(3, f.regel(0));
        Regiobestand a = f.regio(0);
        assertEquals("mandaat.zorgverzekeraar.mandaat", a.mandaat().zorgverzekeraarMandaat().herkomst().pad());
        assertEquals("f.yaml", a.mandaat().zorgverzekeraarMandaat().herkomst().bestand());
        assertEquals(5, a.mandaat().zorgverzekeraarMandaat().herkomst().regel());
        // what the case leaves alone comes from the base, with the base's file and line
        assertEquals("basis.yaml", a.mandaat().vastgesteld().herkomst().bestand());
        assertEquals(6, a.mandaat().vastgesteld().herkomst().regel());
        assertEquals(List.of("GM9991", "GM9992"), a.gemeenten().stream().map(g -> g.code()).toList());
        assertEquals("Anderdorp", a.gemeenten().get(0).naam());
        assertEquals("basis.yaml", a.gemeenten().get(0).inkoopAfgestemd().herkomst().bestand());
        assertEquals("gemeenten[1]", a.gemeenten().get(1).herkomst().pad());
        assertEquals(7, a.gemeenten().get(1).herkomst().regel());

        Regiobestand b = f.regio(1);
        assertTrue(b.mandaat().vastgesteld().isAfwezig());
        assertEquals(9, b.mandaat().vastgesteld().herkomst().regel(), "ontbreekt: waar het geval het weghaalt");
        assertTrue(b.gemeenten().get(0).inkoopAfgestemd().isAfwezig());
        assertEquals(1, b.gemeenten().size());
    }

    @Test
    void eenWijzigingDieNietPastWijstNaarDeRegelVanHetGeval() {
        Fixtureregios f = regios("""
                basis: minimaal
                gevallen:
                  - naam: a
                    regio: {"gemeenten[3].naam": X}
                  - naam: b
                    zonder: [mandaat.bekendgemaakt]
                  - naam: c
                    regio: {"gemeenten[0]..naam": X}
                  - naam: d
                    regio: {regio.code: "ongeldig!"}
                """);
        assertEquals(List.of("f.yaml:4:34: gevallen[0].regio.gemeenten[3].naam: de wijziging past niet op de basis: gemeenten[3] bestaat niet "
                + "(verwacht: een index tot en met 1 (1 voegt toe); gevonden: [3])"), fouten(() -> f.regio(0)));
        assertEquals(List.of("f.yaml:6:14: gevallen[1].zonder[0]: zonder: mandaat.bekendgemaakt staat niet in de basis "
                + "(verwacht: een pad dat in de basis staat; gevonden: mandaat.bekendgemaakt)"), fouten(() -> f.regio(1)));
        assertEquals(List.of("f.yaml:8:35: gevallen[2].regio.gemeenten[0]..naam: geen geldig pad: 'gemeenten[0]..naam' "
                + "(verwacht: sleutels met punten, indexen als [0] (gemeenten[0].naam); gevonden: gemeenten[0]..naam)"), fouten(() -> f.regio(2)));
        // the loader places this message on the object `regio`; the case changed it, so it stands at the case
        assertEquals(List.of("f.yaml:10:25: regio.code: ongeldige regiocode 'ongeldig!' (verwacht: letters, cijfers, - of _ (hoogstens 40))"),
                fouten(() -> f.regio(3)));
    }

    @Test
    void eenOnbekendeBasisNoemtDeBekende() {
        List<String> fouten = fouten(() -> regios("basis: minimal\ngevallen: [{naam: a}]\n"));
        assertEquals(1, fouten.size());
        assertTrue(fouten.get(0).startsWith("f.yaml:1:8: basis: onbekende basis (verwacht: een regio (object) of een van minimaal"), fouten.get(0));
        assertTrue(fouten.get(0).contains("bedoelde u `minimaal`?"), fouten.get(0));
    }

    @Test
    void padenOokBinnenEenNieuwObject() {
        Fixtureregios f = regios("""
                gevallen:
                  - naam: a
                    regio:
                      versie: 1
                      regio: {code: T, naam: Toetsregio}
                      gemeenten: [{code: GM9991, naam: Eerstedorp}]
                      mandaat: {zorgverzekeraar.coordinerend: Zorgverzekeraar Toets, zorgverzekeraar.mandaat: 2023-05-01}
                """);
        Regiobestand a = f.regio(0);
        assertEquals("Zorgverzekeraar Toets", a.mandaat().zorgverzekeraarCoordinerend().waarde());
        assertEquals("mandaat.zorgverzekeraar.mandaat", a.mandaat().zorgverzekeraarMandaat().herkomst().pad());
    }

    @Test
    void zonderBasisBegintEenGevalLeeg() {
        Fixtureregios f = regios("""
                gevallen:
                  - naam: a
                    regio:
                      versie: 1
                      regio: {code: T, naam: Toetsregio}
                      gemeenten: [{code: GM9991, naam: Eerstedorp}]
                """);
        assertEquals("T", f.regio(0).regio().code());
    }
}
