package nl.galacheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import nl.galacheck.TestRegels;

/** The bound on concurrent evaluations and the time limit: full means 503 at once, too slow means 503 after the limit. */
class ToetsrijTests {

    private static Toetsrij rij(int gelijktijdig, int wachtrij, int tijdslimiet) {
        return new Toetsrij(new Webinstellingen(InetAddress.getLoopbackAddress(), 0, null, TestRegels.regelset(), 1024, 1024,
                gelijktijdig, wachtrij, tijdslimiet));
    }

    @Test
    void eenVolleRijWeigertMeteenInPlaatsVanTeWachten() throws Exception {
        Toetsrij rij = rij(1, 1, 30);
        CountDownLatch bezig = new CountDownLatch(1);
        CountDownLatch los = new CountDownLatch(1);
        try {
            CompletableFuture<String> eerste = CompletableFuture.supplyAsync(() -> rij.voerUit(() -> {
                bezig.countDown();
                los.await();
                return "eerste";
            }));
            assertTrue(bezig.await(5, TimeUnit.SECONDS));
            CompletableFuture<String> tweede = CompletableFuture.supplyAsync(() -> rij.voerUit(() -> "tweede"));
            // one runs, one waits in the queue: the third finds no room
            Thread.sleep(200);
            long voor = System.nanoTime();
            Toetsrij.Vol vol = assertThrows(Toetsrij.Vol.class, () -> rij.voerUit(() -> "derde"));
            assertTrue(System.nanoTime() - voor < TimeUnit.SECONDS.toNanos(1), "geweigerd zonder te wachten");
            assertTrue(vol.getMessage().contains("te veel toetsingen tegelijk"), vol.getMessage());
            los.countDown();
            assertEquals("eerste", eerste.get(5, TimeUnit.SECONDS));
            assertEquals("tweede", tweede.get(5, TimeUnit.SECONDS));
        } finally {
            los.countDown();
            rij.destroy();
        }
    }

    @Test
    void eenToetsingDieTeLangDuurtWordtAfgebroken() {
        Toetsrij rij = rij(1, 1, 1);
        try {
            Toetsrij.Vol vol = assertThrows(Toetsrij.Vol.class, () -> rij.voerUit(() -> {
                Thread.sleep(10_000);
                return "nooit";
            }));
            assertEquals("de toetsing duurde langer dan 1 seconden en is afgebroken", vol.getMessage());
            // the worker was interrupted: the next evaluation gets it at once
            assertEquals("volgende", rij.voerUit(() -> "volgende"));
        } finally {
            rij.destroy();
        }
    }

    @Test
    void eenFoutVanDeToetsingKomtOnveranderdDoor() {
        Toetsrij rij = rij(1, 1, 5);
        try {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> rij.voerUit(() -> {
                throw new IllegalArgumentException("zo");
            }));
            assertEquals("zo", e.getMessage());
        } finally {
            rij.destroy();
        }
    }
}
