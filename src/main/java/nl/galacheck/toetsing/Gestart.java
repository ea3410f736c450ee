package nl.galacheck.toetsing;

/**
 * Whether a municipality had started a ketenaanpak on the peildatum, as the RIVM monitor defines it (RIVM
 * 2026-0060, r. 986–995; {@code GemeentelijkeKetenaanpak.gestartVolgensRivm}). The RIVM compares the
 * process steps of started municipalities only, so a comparison with its figures needs this.
 *
 * @param gestart true started, false not (or only after the peildatum), null the file does not say
 */
public record Gestart(String gemeente, String ketenaanpak, Boolean gestart) {
}
