package nl.galacheck.regio;

import java.time.LocalDate;

/**
 * One agreement of the regioplan and how far its execution is (bouwsteen 5, GALA §3G-I.5).
 *
 * @param deadline  the agreement's own deadline, when the file gives one
 * @param voortgang afgerond, op-schema, vertraagd, gestopt or niet-gestart
 * @param afgerond  when it was completed (met only for voortgang afgerond)
 */
public record Uitvoeringsafspraak(String regio, String afspraak, Herkomst herkomst, LocalDate deadline,
                                  Feit voortgang, Feit afgerond) {
}
