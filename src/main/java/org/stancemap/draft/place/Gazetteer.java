package org.stancemap.draft.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stancemap.model.Place;

/**
 * Countries, capitals and major cities with their names, demonyms and coordinates, read from the
 * compact offline file shipped under {@code assets/gazetteer/} (see its README for sources).
 */
public final class Gazetteer {

    public static final String DEFAULT_RESOURCE = "/assets/gazetteer/places.tsv";

    private final Map<String, Country> countriesByName = new HashMap<>();
    private final Map<String, Country> countriesByDemonym = new HashMap<>();
    private final Map<String, Country> countriesByCode = new HashMap<>();
    private final Map<String, City> citiesByName = new HashMap<>();
    private final java.util.Set<String> regions = new java.util.HashSet<>();

    private Gazetteer() {
    }

    public static Gazetteer load() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IOException(DEFAULT_RESOURCE + " is not on the class path");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer", e);
        }
    }

    static Gazetteer read(BufferedReader reader) throws IOException {
        Gazetteer gazetteer = new Gazetteer();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < 7) {
                throw new IOException("gazetteer line " + number + ": expected 7 columns, found " + cells.length);
            }
            gazetteer.add(cells);
        }
        return gazetteer;
    }

    private void add(String[] cells) {
        String kind = cells[0];
        String name = cells[1];
        List<String> aliases = split(cells[2]);
        String code = cells[4];
        if (kind.equals("R")) {
            regions.add(name);
            return;
        }
        Place place = cells[5].isEmpty() ? null
                : new Place(name, Double.parseDouble(cells[5]), Double.parseDouble(cells[6]));
        if (kind.equals("C")) {
            addCountry(new Country(name, aliases, split(cells[3]), code, place));
        } else if (place != null) {
            City city = new City(place, aliases, code, kind.equals("K"));
            if (city.capital()) {
                countryWithCode(code).ifPresent(c -> addCountry(new Country(c.name(), c.aliases(), c.demonyms(), code, place)));
            }
            citiesByName.putIfAbsent(name, city);
            aliases.forEach(alias -> citiesByName.putIfAbsent(alias, city));
        }
    }

    private void addCountry(Country country) {
        countriesByCode.put(country.code(), country);
        countriesByName.put(country.name(), country);
        country.aliases().forEach(alias -> countriesByName.merge(alias, country, (old, now) -> sameCode(old, now)));
        country.demonyms().forEach(demonym -> countriesByDemonym.merge(demonym, country, (old, now) -> sameCode(old, now)));
    }

    /** Keeps the first country that took a name, or its newer version (with its capital). */
    private static Country sameCode(Country old, Country now) {
        return old.code().equals(now.code()) ? now : old;
    }

    private static List<String> split(String cell) {
        return cell.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(cell.split("\\|")));
    }

    /** The country with this name or alias, as written ("Russia", "U.S.", "Britain"). */
    public Optional<Country> country(String name) {
        return Optional.ofNullable(countriesByName.get(name));
    }

    /** The country of a demonym or adjective ("Russian", "French"). */
    public Optional<Country> countryOfDemonym(String demonym) {
        return Optional.ofNullable(countriesByDemonym.get(demonym));
    }

    public Optional<Country> countryWithCode(String code) {
        return Optional.ofNullable(countriesByCode.get(code));
    }

    /** Whether the name is a region within a state ("Ohio", "Bavaria"): a place, never an actor. */
    public boolean isRegion(String name) {
        return regions.contains(name);
    }

    /** Every state, once each. */
    public List<Country> countries() {
        return countriesByCode.values().stream().sorted(java.util.Comparator.comparing(Country::name)).toList();
    }

    /** Every city, once each, under its main name. */
    public List<City> cities() {
        return citiesByName.values().stream().distinct()
                .sorted(java.util.Comparator.comparing((City c) -> c.place().name())).toList();
    }

    /** A capital or major city by its name ("Kyiv", "Washington"). */
    public Optional<City> city(String name) {
        return Optional.ofNullable(citiesByName.get(name));
    }
}
