package nl.galacheck.regio;

import java.math.BigDecimal;

/**
 * The reach of valpreventie in one municipality in one year (VP.3, VP.4): percentages of the
 * 65-plussers living at home, as the file gives them (null when not given).
 */
public record Bereik(int jaar, BigDecimal risicoInschattingPct, BigDecimal beweeginterventiePct, String bron,
                     Herkomst herkomst) {
}
