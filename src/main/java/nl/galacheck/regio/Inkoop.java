package nl.galacheck.regio;

/** Bouwsteen 5, insurer's side: purchasing policy aligned with the regional agreements. */
public record Inkoop(String regio, Herkomst herkomst, Feit zorgverzekeraarAfgestemd) {
}
