package nl.galacheck.cli;

import java.util.Arrays;
import java.util.stream.Collectors;

import nl.galacheck.rapport.Formaat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Accepts the format names in lower case, as users type them. */
final class FormaatConverter implements ITypeConverter<Formaat> {

    @Override
    public Formaat convert(String waarde) {
        return Arrays.stream(Formaat.values()).filter(f -> f.name().equalsIgnoreCase(waarde)).findFirst()
                .orElseThrow(() -> new TypeConversionException("onbekend formaat '" + waarde + "' (kies uit: "
                        + Arrays.stream(Formaat.values()).map(f -> f.name().toLowerCase()).collect(Collectors.joining(", ")) + ")"));
    }
}
