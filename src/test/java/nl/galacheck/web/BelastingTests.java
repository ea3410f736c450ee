package nl.galacheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.galacheck.TestRegels;

/**
 * A bounded load test on loopback only: N requests (400 in {@code mvn verify}; the full 2,000 with
 * {@code -Dgalacheck.belasting=2000}, README "Webpagina en API") from 32 concurrent clients, a mix of the four example regions
 * on three peildatums and invalid uploads. Zero 5xx, zero wrong answers (each report names the region, the file name and the
 * peildatum of its own upload; each refusal names its own upload), and no memory left behind. Prints throughput and p50/p99
 * and writes them to target/galacheck-belasting.txt. Stops by itself: a bounded count, a time-out per request.
 */
class BelastingTests {

    private static final int CLIENTS = 32;
    private static final String[] PEILDATUMS = {"2024-01-01", "2025-06-30", "2026-11-29"};

    @Test
    void tweeendertigClientsTegelijkKrijgenElkHunEigenAntwoord() throws Exception {
        int n = Integer.getInteger("galacheck.belasting", 400);
        List<String> voorbeelden = Testserver.VOORBEELDEN;
        List<byte[]> inhoud = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (String v : voorbeelden) {
            byte[] b = Testserver.regio(v);
            inhoud.add(b);
            codes.add(v.replace(".yaml", "").toUpperCase(Locale.ROOT));
        }
        byte[] kapot = (new String(Testserver.regio("vb-zuid.yaml"), StandardCharsets.UTF_8) + "mandat: ja\n").getBytes(StandardCharsets.UTF_8);
        byte[] bom = "a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n".getBytes(StandardCharsets.UTF_8);

        Webinstellingen instellingen = Webinstellingen.standaard(InetAddress.getLoopbackAddress(), 0, null, TestRegels.regelset(), 2 * 1024 * 1024);
        try (Testserver server = new Testserver(instellingen)) {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .executor(Executors.newFixedThreadPool(4)).build();
            System.gc();
            long geheugenVoor = gebruikt();
            AtomicLong piek = new AtomicLong(geheugenVoor);
            ConcurrentLinkedQueue<String> fouten = new ConcurrentLinkedQueue<>();
            AtomicInteger vijfxx = new AtomicInteger();
            AtomicInteger goed = new AtomicInteger();
            AtomicInteger geweigerd = new AtomicInteger();
            long[] duur = new long[n];
            AtomicInteger volgende = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            long begin = System.nanoTime();
            List<Future<?>> klaar = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                klaar.add(clients.submit(() -> {
                    for (int i = volgende.getAndIncrement(); i < n; i = volgende.getAndIncrement()) {
                        boolean ongeldig = i % 5 == 4;
                        int v = i % voorbeelden.size();
                        String peildatum = PEILDATUMS[i % PEILDATUMS.length];
                        String naam = "verzoek-" + i + (ongeldig ? "-kapot.yaml" : "-" + voorbeelden.get(v));
                        byte[] body = ongeldig ? (i % 2 == 0 ? kapot : bom) : inhoud.get(v);
                        URI uri = server.basis.resolve("api/toetsing?formaat=json&peildatum=" + peildatum + "&naam=" + naam);
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> a = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                                    .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            duur[i] = System.nanoTime() - t0;
                            if (a.statusCode() >= 500) {
                                vijfxx.incrementAndGet();
                                fouten.add(naam + ": " + a.statusCode() + " " + a.body());
                            } else if (ongeldig) {
                                if (a.statusCode() == 400 && a.body().contains("\"" + naam + ":")) {
                                    geweigerd.incrementAndGet();
                                } else {
                                    fouten.add(naam + ": verwacht 400 met de eigen naam, kreeg " + a.statusCode());
                                }
                            } else if (a.statusCode() == 200 && klopt(a.body(), codes.get(v), naam, peildatum)) {
                                goed.incrementAndGet();
                            } else {
                                fouten.add(naam + ": verkeerd antwoord " + a.statusCode());
                            }
                        } catch (Exception e) {
                            fouten.add(naam + ": " + e);
                        }
                        piek.accumulateAndGet(gebruikt(), Math::max);
                    }
                    return null;
                }));
            }
            for (Future<?> f : klaar) {
                f.get(10, TimeUnit.MINUTES);
            }
            double seconden = (System.nanoTime() - begin) / 1e9;
            clients.shutdown();
            System.gc();
            long geheugenNa = gebruikt();
            long[] gesorteerd = Arrays.stream(duur).sorted().toArray();
            String verslag = String.format(Locale.ROOT,
                    "belasting: %d verzoeken, %d clients, %.1f s: %.1f verzoeken/s; p50 %.0f ms, p99 %.0f ms, max %.0f ms; "
                            + "%d rapporten, %d geweigerd (400), %d 5xx, %d fout; heap: voor %d MB, piek %d MB, na %d MB (%d kernen, max heap %d MB)%n",
                    n, CLIENTS, seconden, n / seconden, ms(gesorteerd[n / 2]), ms(gesorteerd[(int) Math.ceil(n * 0.99) - 1]), ms(gesorteerd[n - 1]),
                    goed.get(), geweigerd.get(), vijfxx.get(), fouten.size(), geheugenVoor >> 20, piek.get() >> 20, geheugenNa >> 20,
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            System.out.print(verslag);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "galacheck-belasting.txt"), verslag);
            assertEquals(List.of(), fouten.stream().limit(10).toList());
            assertEquals(0, vijfxx.get());
            assertEquals(n, goed.get() + geweigerd.get());
            // nothing of the uploads stays behind: after the run the heap is back where it was, give or take
            assertTrue(geheugenNa - geheugenVoor < 200L * 1024 * 1024, verslag);
        }
    }

    private static final Pattern SPATIE = Pattern.compile("\\s+");
    private static final Pattern REGIOCODE = Pattern.compile("\"code\"\\s*:\\s*\"VB-");

    /** The report is this request's: its region code, its file name and its peildatum, and no other region's code. */
    private static boolean klopt(String json, String code, String naam, String peildatum) {
        String kop = SPATIE.matcher(json.substring(0, Math.min(json.length(), 4000))).replaceAll("");
        return kop.contains("\"peildatum\":\"" + peildatum + "\"") && kop.contains("\"code\":\"" + code + "\"")
                && kop.contains("\"bestand\":\"" + naam + "\"") && REGIOCODE.matcher(json).results().count() == 1;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static long gebruikt() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
