package nl.galacheck.rapport;

import java.io.PrintWriter;

import nl.galacheck.toetsing.Toetsing;

/** Formats a {@link Toetsing}. Renderers only format: statuses, counts and verdicts come from the model. */
public interface Renderer {

    void schrijf(Toetsing toetsing, PrintWriter uit);
}
