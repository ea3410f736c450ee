package nl.galacheck.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import nl.galacheck.invoer.RegioLader;
import nl.galacheck.invoer.Regiobestanden;
import nl.galacheck.rapport.Rapport;
import nl.galacheck.rapport.Renderer;
import nl.galacheck.rapport.Renderers;
import nl.galacheck.rapport.Verantwoording;
import nl.galacheck.rapport.Weergave;
import nl.galacheck.regels.Regelset;
import nl.galacheck.regio.Regiobestand;
import nl.galacheck.toetsing.Selectie;
import nl.galacheck.toetsing.Toetser;
import nl.galacheck.toetsing.Toetsing;

/**
 * In-process figures on the national test set (38 regions; bench/prestaties.sh writes it and passes its
 * directory as {@code GALACHECK_BENCH_SET}): loading alone, evaluation alone, rendering per format, all per
 * region; and warm evaluation throughput with the knowledge base built once, on one and two threads.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class ToetsingBench {

    /** Regions in the national set: the per-region figures divide by this. */
    static final int REGIOS = 38;
    static final LocalDate PEILDATUM = LocalDate.of(2026, 11, 29);

    List<Path> paden;
    Regiobestanden lader;
    RegioLader enkel;
    List<Regiobestand> bestanden;
    Toetser toetser;
    Toetsing toetsing;
    final AtomicInteger volgende = new AtomicInteger();

    @Setup(Level.Trial)
    public void bereidVoor() throws IOException {
        // an environment variable, because JMH runs the benchmark in a forked JVM that inherits it
        String map = System.getenv("GALACHECK_BENCH_SET");
        Path set = Path.of(map == null ? "target/landelijke-set" : map);
        try (Stream<Path> s = Files.list(set)) {
            paden = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        if (paden.size() != REGIOS) {
            throw new IllegalStateException(set + " bevat " + paden.size() + " regio's, verwacht " + REGIOS
                    + " (maak de set met bench/landelijke-set.sh)");
        }
        enkel = new RegioLader(RegioLader.STANDAARD_MAX_BYTES);
        lader = new Regiobestanden(enkel);
        bestanden = lader.laad(paden);
        toetser = new Toetser(Regelset.ingebouwd());
        toetsing = toetser.toets(bestanden, PEILDATUM);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @OperationsPerInvocation(REGIOS)
    public Object laden() {
        // one thread, file by file, as toetsen below: the command line reads files on every core, which would make
        // loading look cheaper than judging by the number of cores
        return paden.stream().map(p -> enkel.laad(p, p.toString())).toList();
    }

    /** Loading and evaluating together, one thread: compare with {@link #laden()} (target ≤ 2×). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @OperationsPerInvocation(REGIOS)
    public Object ladenEnToetsen() {
        return paden.stream().map(p -> toetser.toets(enkel.laad(p, p.toString()), PEILDATUM)).toList();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @OperationsPerInvocation(REGIOS)
    public Object toetsen() {
        return bestanden.stream().map(b -> toetser.toets(b, PEILDATUM)).toList();
    }

    /** Each format as the command line writes it (text: the summary; {@code tekst-volledig}: every finding). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @OperationsPerInvocation(REGIOS)
    public void renderen(Opmaak opmaak) throws IOException {
        opmaak.renderer.schrijf(opmaak.rapport, OutputStream.nullOutputStream());
    }

    /** The report of the set for one format; only {@link #renderen} varies by format. */
    @State(Scope.Benchmark)
    public static class Opmaak {

        @Param({"tekst", "tekst-volledig", "json"})
        String formaat;
        Rapport rapport;
        Renderer renderer;

        @Setup(Level.Trial)
        public void bereidVoor(ToetsingBench bench) {
            boolean volledig = formaat.endsWith("-volledig");
            renderer = Renderers.metNaam(formaat.replace("-volledig", "")).orElseThrow();
            Verantwoording verantwoording = new Verantwoording(Verantwoording.galacheckVersie(), "ingebouwde regels",
                    Regelset.ingebouwd().vingerafdruk(), PEILDATUM, List.of());
            rapport = new Rapport(bench.toetsing, verantwoording, Selectie.ALLES, Map.of(), new Weergave(false, volledig, false));
        }
    }

    /** Warm evaluation throughput: regions per second, one region per operation. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public Object doorvoerEenThread() {
        return toetser.toets(bestanden.get(Math.floorMod(volgende.getAndIncrement(), REGIOS)), PEILDATUM);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public Object doorvoerTweeThreads() {
        return toetser.toets(bestanden.get(Math.floorMod(volgende.getAndIncrement(), REGIOS)), PEILDATUM);
    }
}
