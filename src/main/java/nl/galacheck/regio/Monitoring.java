package nl.galacheck.regio;

/** Bouwsteen 6, insurer's side: the years for which the insurers delivered monitoring data. */
public record Monitoring(String regio, Herkomst herkomst, Feit zorgverzekeraarAangeleverd) {
}
