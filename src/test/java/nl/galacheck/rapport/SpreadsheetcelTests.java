package nl.galacheck.rapport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpreadsheetcelTests {

    @Test
    void eenWaardeDieAlsFormuleBegintWordtTekst() {
        assertEquals("'=HYPERLINK(\"http://x\",\"klik\")", Spreadsheetcel.veilig("=HYPERLINK(\"http://x\",\"klik\")"));
        assertEquals("'+31 6 1234", Spreadsheetcel.veilig("+31 6 1234"));
        assertEquals("'@SUM(A1)", Spreadsheetcel.veilig("@SUM(A1)"));
        assertEquals("'-2+3+cmd|' /C calc'!A0", Spreadsheetcel.veilig("-2+3+cmd|' /C calc'!A0"));
    }

    @Test
    void gewoneWaardenBlijvenGelijk() {
        assertEquals("Regioplan 2023", Spreadsheetcel.veilig("Regioplan 2023"));
        assertEquals("-", Spreadsheetcel.veilig("-"));
        assertEquals("-12", Spreadsheetcel.veilig("-12"));
        assertEquals("", Spreadsheetcel.veilig(""));
    }
}
