package nl.galacheck.regio;

/** Bouwsteen 2: the regiobeeld gezondheidsbevordering (GALA §3G-I.2). */
public record Regiobeeld(String regio, Herkomst herkomst,
                         Feit vastgesteld,
                         Feit opgesteldDoor,
                         Feit themaPreventie,
                         Feit ggdBetrokken,
                         Feit bronnen,
                         Feit herijkt) {

    /** The version in force on the peildatum: the herijking once it counts, else the first vaststelling. */
    public Feit laatsteVersie(java.time.LocalDate peildatum) {
        return herijkt.telt(peildatum) ? herijkt : vastgesteld;
    }
}
