package nl.galacheck.rapport.overzicht;

import java.io.IOException;
import java.io.OutputStream;

import nl.galacheck.overzicht.Overzicht;

/** Presents an {@link Overzicht}; bytes, because some formats (xlsx, csv with BOM) are not plain text. */
public interface OverzichtRenderer {

    void schrijf(Overzicht overzicht, OutputStream uit) throws IOException;
}
