package nl.galacheck.cli;

import nl.galacheck.invoer.RegioLader;
import nl.galacheck.invoer.Regiobestanden;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Options shared by the commands that read region files. */
final class Invoeropties {

    @Option(names = "--max-grootte", paramLabel = "GROOTTE", converter = Grootte.class,
            description = "Grootste regiobestand dat gelezen wordt, in bytes of met K of M (standaard 2M).")
    Long maxBytes;

    /**
     * Every valid file, its explanations (toelichtingen) checked against the catalogue of {@code regels} too: an
     * unknown criterion or one that may not be explained makes the file invalid, like any other input error.
     */
    Regiobestanden.Lading laad(java.util.List<java.nio.file.Path> paden, nl.galacheck.regels.Regelbron regels) {
        Regiobestanden.Lading lading = regiobestanden().laadWatGeldigIs(paden);
        if (lading.geldig().stream().allMatch(b -> b.toelichtingen().isEmpty())) {
            return lading;
        }
        nl.galacheck.regels.Catalogus catalogus = nl.galacheck.regels.Regelset.leesCatalogus(regels);
        return lading.metControle(b -> nl.galacheck.toetsing.Toelichtingen.controleer(b.toelichtingen(), catalogus));
    }

    Regiobestanden regiobestanden() {
        return new Regiobestanden(new RegioLader(maxBytes == null ? RegioLader.STANDAARD_MAX_BYTES : maxBytes));
    }

    /** "2M", "500K" or a number of bytes. */
    static final class Grootte implements ITypeConverter<Long> {
        @Override
        public Long convert(String waarde) {
            String w = waarde.trim().toUpperCase();
            long factor = w.endsWith("M") ? 1024L * 1024 : w.endsWith("K") ? 1024L : 1L;
            String getal = factor == 1 ? w : w.substring(0, w.length() - 1);
            try {
                long n = Long.parseLong(getal) * factor;
                if (n <= 0) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + waarde + "' is geen grootte (bijvoorbeeld 2M, 500K of 100000)");
            }
        }
    }
}
