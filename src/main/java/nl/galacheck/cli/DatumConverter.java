package nl.galacheck.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses JJJJ-MM-DD, rejecting dates that do not exist (2023-02-30). */
final class DatumConverter implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String waarde) {
        try {
            return LocalDate.parse(waarde);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + waarde + "' is geen bestaande datum (verwacht JJJJ-MM-DD)");
        }
    }
}
