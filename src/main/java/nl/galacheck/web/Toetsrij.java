package nl.galacheck.web;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The bound on concurrent evaluations: a fixed number run at once, a bounded queue waits, anything more is refused
 * at once (503 with Retry-After) instead of piling up memory; an evaluation that takes longer than the time limit
 * is abandoned (503). Evaluations hold the upload in memory, so this is also the bound on memory.
 */
@Component
class Toetsrij implements DisposableBean {

    /** No room now: the client should try again later. */
    static final class Vol extends RuntimeException {
        Vol(String melding) {
            super(melding, null, false, false);
        }
    }

    private final ThreadPoolExecutor uitvoerder;
    private final int tijdslimietSec;

    Toetsrij(Webinstellingen instellingen) {
        AtomicInteger n = new AtomicInteger();
        this.uitvoerder = new ThreadPoolExecutor(instellingen.gelijktijdig(), instellingen.gelijktijdig(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(instellingen.wachtrij()), r -> {
                    Thread t = new Thread(r, "galacheck-toetsing-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        this.tijdslimietSec = instellingen.tijdslimietSec();
    }

    /** Runs {@code taak} within the bound and the time limit; its own exceptions come through unwrapped. */
    <T> T voerUit(Callable<T> taak) {
        Future<T> f;
        try {
            f = uitvoerder.submit(taak);
        } catch (RejectedExecutionException e) {
            throw new Vol("de server is bezet: te veel toetsingen tegelijk; probeer het over enkele seconden opnieuw");
        }
        try {
            return f.get(tijdslimietSec, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new Vol("de toetsing duurde langer dan " + tijdslimietSec + " seconden en is afgebroken");
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new Vol("de toetsing is onderbroken");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void destroy() {
        uitvoerder.shutdownNow();
    }
}
