package nl.galacheck.regio;

/** Bouwsteen 3: SPUK-IZA application and the insurers' funding of coordination costs (GALA §3G-I.3). */
public record Financiering(String regio, Herkomst herkomst,
                           Feit spukAanvrager,
                           Feit spukAangevraagd,
                           Feit aanvraagCompleet,
                           Feit aanvraagOnderdelen,
                           Feit coordinatiekosten,
                           Feit coordinatiekostenPeriode) {
}
