package nl.galacheck.rapport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.galacheck.rapport.sarif.Sarif;
import nl.galacheck.regels.Criterium;
import nl.galacheck.regio.Herkomst;
import nl.galacheck.toetsing.Bevinding;
import nl.galacheck.toetsing.RegioToetsing;
import nl.galacheck.toetsing.Status;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * SARIF 2.1.0, so code review on a repository of region files annotates the lines. Each actionable finding is a
 * result at the YAML line it rests on (or where the missing key belongs); the rules are the catalogue's criteria
 * with title, remedy and citation. Mandatory not met is an error; mandatory open or unknown, and advice not met,
 * a warning. Derived verdicts, signals, national preconditions and what the file does not say about advice are
 * left out: nothing to change in the file.
 */
final class SarifRenderer implements Renderer {

    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Override
    public String naam() {
        return "sarif";
    }

    @Override
    public String extensie() {
        return "sarif";
    }

    @Override
    public void schrijf(Rapport rapport, OutputStream uit) throws IOException {
        List<Criterium> criteria = List.copyOf(rapport.toetsing().catalogus().criteria());
        Map<String, Integer> index = new HashMap<>();
        List<Sarif.ReportingDescriptor> regels = new ArrayList<>();
        for (Criterium c : criteria) {
            index.put(c.id(), regels.size());
            regels.add(regel(c));
        }
        Verantwoording v = rapport.verantwoording();
        List<Sarif.Artifact> artefacten = v.invoer().stream()
                .map(i -> new Sarif.Artifact(new Sarif.ArtifactLocation(uri(i.bestand()), null), Map.of("sha-256", i.sha256()))).toList();
        List<Sarif.Result> resultaten = new ArrayList<>();
        for (RegioToetsing r : rapport.toetsing().regios()) {
            for (Bevinding b : r.bevindingen()) {
                String niveau = niveau(b);
                if (niveau != null) {
                    resultaten.add(resultaat(r, b, niveau, index.get(b.criterium().id())));
                }
            }
        }
        Map<String, Object> eigenschappen = new LinkedHashMap<>();
        eigenschappen.put("peildatum", v.peildatum().toString());
        eigenschappen.put("regels", v.regels());
        eigenschappen.put("regelsSha256", v.regelsSha256());
        if (!rapport.selectie().isAlles()) {
            eigenschappen.put("selectie", rapport.selectie().omschrijving());
        }
        Sarif.Run run = new Sarif.Run(new Sarif.Tool(new Sarif.ToolComponent("galacheck", v.versie(), v.versie(), null, regels)),
                artefacten, resultaten, eigenschappen);
        uit.write((mapper.writeValueAsString(Sarif.van(List.of(run))) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The SARIF level, or null when the finding asks nothing of the file's authors. */
    static String niveau(Bevinding b) {
        Criterium c = b.criterium();
        if (c.isLandelijk() || c.ernst() == Criterium.Ernst.SIGNAAL || c.isAfgeleid()) {
            return null;
        }
        if (c.isVerplicht()) {
            return switch (b.status()) {
                // an explained finding keeps the level it would have, suppressed with the explanation as justification
                case NIET_VOLDAAN, TOEGELICHT -> "error";
                case OPEN, ONBEKEND -> "warning";
                default -> null;
            };
        }
        return b.status() == Status.NIET_VOLDAAN || b.status() == Status.TOEGELICHT ? "warning" : null;
    }

    private static Sarif.ReportingDescriptor regel(Criterium c) {
        Map<String, Object> eigenschappen = new LinkedHashMap<>();
        eigenschappen.put("ernst", c.ernst().label());
        eigenschappen.put("partij", c.partij());
        eigenschappen.put("groep", c.groep());
        eigenschappen.put("bron", c.bron());
        if (c.tijdpad() != null) {
            eigenschappen.put("termijn", c.tijdpad().toString());
        }
        if (c.termijnLezing() != null) {
            eigenschappen.put("termijnVolgensLezingVanGalacheck", c.termijnLezing());
        }
        if (c.grondslag() != null) {
            eigenschappen.put("grondslag", c.grondslag());
        }
        String help = "Wat is nodig: " + c.herstel() + "\nBewijs: " + c.bewijs() + "\nBron: " + c.bron();
        return new Sarif.ReportingDescriptor(c.id(), null, Sarif.Message.tekst(c.titel()),
                c.brontekst() == null ? null : Sarif.Message.tekst(c.brontekst().strip()), Sarif.Message.tekst(help),
                new Sarif.ReportingConfiguration(c.isVerplicht() ? "error" : "warning"), eigenschappen);
    }

    private static Sarif.Result resultaat(RegioToetsing r, Bevinding b, String niveau, int regelIndex) {
        Herkomst plaats = b.feiten().isEmpty() ? r.regio().herkomst() : b.feiten().get(0);
        Sarif.Region regio = plaats.regel() > 0 ? new Sarif.Region(plaats.regel(), Math.max(1, plaats.kolom())) : null;
        Sarif.Location locatie = new Sarif.Location(new Sarif.PhysicalLocation(new Sarif.ArtifactLocation(uri(plaats.bestand()), null), regio));
        String tekst = b.criterium().id() + " " + b.status().label() + " — " + b.criterium().titel() + " (" + b.onderwerp().label() + ", "
                + Termijntekst.van(b) + "). " + b.melding() + (plaats.aanwezig() ? "" : " Ontbreekt: " + plaats.pad() + ".");
        Map<String, Object> eigenschappen = new LinkedHashMap<>();
        eigenschappen.put("status", b.status().name());
        eigenschappen.put("onderwerp", b.onderwerp().label());
        eigenschappen.put("partij", b.criterium().partij());
        return new Sarif.Result(b.criterium().id(), regelIndex, niveau, "fail", Sarif.Message.tekst(tekst), List.of(locatie),
                Map.of("galacheck/onderwerp/v1", r.regio().code() + "/" + b.criterium().id() + "/" + b.onderwerp().sleutel()),
                b.status() == Status.TOEGELICHT ? List.of(new Sarif.Suppression("external", "accepted", b.melding())) : null,
                eigenschappen);
    }

    /** A relative path as a URI reference (forward slashes, spaces escaped). */
    private static String uri(String pad) {
        return pad.replace('\\', '/').replace(" ", "%20");
    }
}
