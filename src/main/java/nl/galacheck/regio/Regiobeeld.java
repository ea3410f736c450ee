package nl.galacheck.regio;

/** Bouwsteen 2: the regiobeeld gezondheidsbevordering (GALA §3G-I.2). */
public record Regiobeeld(String regio, Herkomst herkomst,
                         Feit vastgesteld,
                         Feit opgesteldDoor,
                         Feit themaPreventie,
                         Feit ggdBetrokken,
                         Feit bronnen,
                         Feit herijkt) {
}
