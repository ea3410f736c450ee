package nl.galacheck.regels;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The criteria catalogue: every criterion by id, in catalogue order, with its groups. */
public final class Catalogus {

    private final Map<String, Criterium> criteria = new LinkedHashMap<>();
    private final Map<String, Groep> groepen = new LinkedHashMap<>();

    private final Map<String, Referentie> gestart;

    Catalogus(List<Groep> groepen, List<Criterium> criteria) {
        this(groepen, criteria, Map.of());
    }

    /** @param gestart per ketenaanpak the RIVM 2026 share of municipalities that started it */
    Catalogus(List<Groep> groepen, List<Criterium> criteria, Map<String, Referentie> gestart) {
        this.gestart = Map.copyOf(gestart);
        groepen.stream().sorted(Comparator.comparingInt(Groep::volgorde)).forEach(g -> this.groepen.put(g.code(), g));
        criteria.stream()
                .sorted(Comparator.comparingInt((Criterium c) -> this.groepen.get(c.groep()).volgorde()))
                .forEach(c -> this.criteria.put(c.id(), c));
    }

    public Collection<Criterium> criteria() {
        return criteria.values();
    }

    public Optional<Criterium> criterium(String id) {
        return Optional.ofNullable(criteria.get(id));
    }

    public Collection<Groep> groepen() {
        return groepen.values();
    }

    public Groep groep(String code) {
        return groepen.get(code);
    }

    /** The RIVM 2026 share of municipalities that started this ketenaanpak (stappen catalogue, {@code gestart}). */
    public Optional<Referentie> gestartReferentie(String ketenaanpak) {
        return Optional.ofNullable(gestart.get(ketenaanpak));
    }

    public int grootte() {
        return criteria.size();
    }
}
