package org.stancemap.tour;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.stancemap.model.TourStep;

/**
 * Steps through a guided tour and says what is in view. A cumulative step keeps the actors and links
 * of the steps before it, back to and including the most recent step that is not cumulative.
 * An empty tour is allowed: it has no current step and every move answers false.
 */
public final class TourPlayer {

    private final List<TourStep> steps;
    private int index;

    public TourPlayer(List<TourStep> steps) {
        this.steps = List.copyOf(steps);
        this.index = this.steps.isEmpty() ? -1 : 0;
    }

    public int size() {
        return steps.size();
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The 0-based index of the current step, or -1 when the tour is empty. */
    public int index() {
        return index;
    }

    public List<TourStep> steps() {
        return steps;
    }

    /** @throws IllegalStateException when the tour has no steps */
    public TourStep current() {
        if (isEmpty()) {
            throw new IllegalStateException("the tour has no steps");
        }
        return steps.get(index);
    }

    /** The step after the current one; empty on the last step and for an empty tour. */
    public Optional<TourStep> upcoming() {
        return isEmpty() || isLast() ? Optional.empty() : Optional.of(steps.get(index + 1));
    }

    public boolean isFirst() {
        return !isEmpty() && index == 0;
    }

    public boolean isLast() {
        return !isEmpty() && index == steps.size() - 1;
    }

    public boolean forward() {
        return goTo(index + 1);
    }

    public boolean back() {
        return goTo(index - 1);
    }

    public boolean first() {
        return goTo(0);
    }

    public boolean last() {
        return goTo(steps.size() - 1);
    }

    /** Moves to {@code target} (0-based); out of range leaves the index alone. Answers whether it changed. */
    public boolean goTo(int target) {
        if (target < 0 || target >= steps.size() || target == index) {
            return false;
        }
        index = target;
        return true;
    }

    /** The current step's actors plus, for a cumulative step, those of the steps it builds on. */
    public Set<String> actorsInView() {
        return inView(TourStep::actorIds);
    }

    /** The current step's links plus, for a cumulative step, those of the steps it builds on. */
    public Set<String> linksInView() {
        return inView(TourStep::linkIds);
    }

    /** True when nothing is singled out, so the whole map is shown. */
    public boolean wholeMap() {
        return actorsInView().isEmpty() && linksInView().isEmpty();
    }

    /** (index + 1) / size; 0 for an empty tour. */
    public double progress() {
        return isEmpty() ? 0 : (index + 1) / (double) steps.size();
    }

    /** The first step the current one builds on: itself unless it is cumulative. */
    private int base() {
        int from = index;
        while (from > 0 && steps.get(from).cumulative()) {
            from--;
        }
        return from;
    }

    private Set<String> inView(Function<TourStep, List<String>> ids) {
        if (isEmpty()) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = base(); i <= index; i++) {
            out.addAll(ids.apply(steps.get(i)));
        }
        return Collections.unmodifiableSet(out);
    }
}
