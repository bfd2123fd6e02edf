package org.stancemap.draft.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.stancemap.model.Place;

/**
 * Finding a place in the gazetteer by what an author types: the states and cities whose name or
 * other name starts with it (then those that merely contain it), each with a line that tells two
 * places of one name apart ("Paris, France").
 */
public final class PlaceFinder {

    /** A place the author can choose, and how it reads in the list. */
    public record Found(String label, Place place) {
        @Override
        public String toString() {
            return label;
        }
    }

    private record Entry(String key, Found found) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<Found> cities = new ArrayList<>();

    public PlaceFinder(Gazetteer gazetteer) {
        for (Country country : gazetteer.countries()) {
            if (country.capital() == null) {
                continue;
            }
            Found found = new Found(country.name(), new Place(country.name(), country.capital().latitude(),
                    country.capital().longitude()));
            entries.add(new Entry(key(country.name()), found));
            country.aliases().forEach(alias -> entries.add(new Entry(key(alias), found)));
        }
        for (City city : gazetteer.cities()) {
            String country = gazetteer.countryWithCode(city.countryCode()).map(Country::name).orElse("");
            String label = country.isEmpty() ? city.place().name() : city.place().name() + ", " + country;
            Found found = new Found(label, city.place());
            entries.add(new Entry(key(city.place().name()), found));
            cities.add(found);
            city.aliases().forEach(alias -> entries.add(new Entry(key(alias), found)));
        }
    }

    /** At most {@code limit} places for {@code typed}: names starting with it first, shortest first. */
    public List<Found> find(String typed, int limit) {
        String wanted = key(typed);
        if (wanted.isEmpty()) {
            return List.of();
        }
        Comparator<Entry> order = Comparator.comparing((Entry e) -> !e.key().startsWith(wanted))
                .thenComparingInt(e -> e.key().length()).thenComparing(e -> e.found().label());
        return entries.stream().filter(e -> e.key().contains(wanted)).sorted(order).map(Entry::found).distinct()
                .limit(limit).toList();
    }

    /**
     * The gazetteer's city nearest to {@code at}, if one lies within {@code kilometres}: a name for
     * a point picked on the map (a city, not its state: a click by Kyiv is Kyiv, not Ukraine).
     */
    public java.util.Optional<Found> nearest(Place at, double kilometres) {
        return cities.stream()
                .filter(f -> distanceKm(at, f.place()) <= kilometres)
                .min(Comparator.comparingDouble(f -> distanceKm(at, f.place())));
    }

    /** The great-circle distance between two places, in kilometres. */
    static double distanceKm(Place a, Place b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static final double EARTH_RADIUS_KM = 6371;

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
