package nl.galacheck.regio;

/**
 * Bouwsteen 4: the regioplan gezondheid(sbevordering) en preventie with its minimal parts A–I
 * (GALA §3G-I.4). Parts without a date of their own carry the date of {@code vastgesteld}.
 */
public record Regioplan(String regio, Herkomst herkomst,
                        Feit vastgesteld,
                        Feit partijen,
                        Feit ggdBetrokken,
                        Feit gepubliceerd,
                        Feit gezondheidsdoelen,
                        Feit risicogroepen,
                        Feit ketenaanpakken,
                        Feit regionaalLokaal,
                        Feit verantwoordelijkheden,
                        Feit uitvoeringsafspraken,
                        Feit coordinatie,
                        Feit evaluatie,
                        Feit financien,
                        Feit uitvoering) {
}
