package nl.galacheck.regio;

/**
 * A municipality's declaration, signed by one bestuurder, that the mandated municipality applies on
 * its behalf (GALA Bijlage 2, aanvraagproces stap 3).
 *
 * @param verklaring the declaration itself: its date and evidence
 * @param door       who signed (wethouder, burgemeester, college), when the file says
 */
public record Machtiging(String regio, String gemeente, Feit door, Feit verklaring) {
}
