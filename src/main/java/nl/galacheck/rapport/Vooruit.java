package nl.galacheck.rapport;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.IntFunction;

/**
 * A list whose elements are made when the reader nears them: element {@code i} by the reading thread itself, the
 * next few meanwhile on the other cores. For a streamed report of many regions: the regions are rendered in
 * parallel, written in order, and only a handful are held at a time. Read it once, in order, from one thread.
 */
final class Vooruit<T> extends AbstractList<T> implements AutoCloseable {

    private final int grootte;
    private final IntFunction<T> maak;
    private final int vooruit;
    private final ExecutorService helpers;
    private final Map<Integer, FutureTask<T>> taken = new HashMap<>();

    Vooruit(int grootte, IntFunction<T> maak) {
        this.grootte = grootte;
        this.maak = maak;
        int kernen = Runtime.getRuntime().availableProcessors();
        this.vooruit = grootte < 2 || kernen < 2 ? 0 : 2 * kernen;
        this.helpers = vooruit == 0 ? null : Executors.newFixedThreadPool(kernen - 1, r -> {
            Thread t = new Thread(r, "galacheck-vooruit");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public T get(int i) {
        for (int j = i; j < Math.min(grootte, i + 1 + vooruit); j++) {
            int k = j;
            taken.computeIfAbsent(k, x -> {
                FutureTask<T> taak = new FutureTask<>(() -> maak.apply(k));
                if (helpers != null && k != i) {
                    helpers.execute(taak);
                }
                return taak;
            });
        }
        FutureTask<T> taak = taken.remove(i);
        taak.run(); // not yet started: this thread makes it; already running on a helper: returns at once
        try {
            return taak.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error f) {
                throw f;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public int size() {
        return grootte;
    }

    @Override
    public void close() {
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }
}
