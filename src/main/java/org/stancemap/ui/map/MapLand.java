package org.stancemap.ui.map;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.stancemap.model.geo.WorldOutline;

/**
 * The land a map draws, over a world's outlines. The window built at start has it made on a
 * loading thread while the window's thread builds the rest: the outlines' path text traced, and
 * parsed by the toolkit, which took the window's thread tens of milliseconds in a JVM that has
 * just started (bench/README.md, "Start-up").
 */
public final class MapLand {

    private final WorldOutline world;
    private CompletableFuture<LandLayer> ahead;

    private MapLand(WorldOutline world, CompletableFuture<LandLayer> ahead) {
        this.world = world;
        this.ahead = ahead;
    }

    /** {@code world}'s land, made when the map is. */
    public static MapLand of(WorldOutline world) {
        return new MapLand(world, null);
    }

    /** {@code world}'s land, made from now on on {@code loading} (its nodes are in no scene yet). */
    public static MapLand madeAhead(WorldOutline world, Executor loading) {
        return new MapLand(world, CompletableFuture.supplyAsync(() -> LandLayer.parsed(world), loading));
    }

    public WorldOutline world() {
        return world;
    }

    /** The layer made ahead, once; else a new one. */
    LandLayer layer() {
        CompletableFuture<LandLayer> made = ahead;
        ahead = null;
        if (made != null) {
            try {
                return made.join();
            } catch (CompletionException e) {
                // Made again below: the same failure, if any, then shows where the map is built.
            }
        }
        return new LandLayer(world);
    }
}
