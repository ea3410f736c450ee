package nl.galacheck.toetsdienst;

import java.nio.file.Path;
import java.util.List;

import nl.galacheck.invoer.Regiotekst;

/** What a check reads: paths as a user typed them (files or directories), or texts with a name (uploads). */
public sealed interface Regiobronnen {

    /** Files and directories of {@code *.yaml}; the report names each file by its path. */
    record Paden(List<Path> paden) implements Regiobronnen {
        public Paden {
            paden = List.copyOf(paden);
        }
    }

    /** Region files' bytes, never written to disk; the report names each by {@link Regiotekst#naam()}. */
    record Teksten(List<Regiotekst> teksten) implements Regiobronnen {
        public Teksten {
            teksten = List.copyOf(teksten);
        }
    }

    static Regiobronnen paden(List<Path> paden) {
        return new Paden(paden);
    }

    static Regiobronnen teksten(List<Regiotekst> teksten) {
        return new Teksten(teksten);
    }
}
