package io.github.regsec.model;

import java.util.AbstractList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The answer to a question that depends on dates ("members of the OSCE on 2019-07-17"): as a
 * list, what is <em>certainly</em> true on every reading of the dates; and, one call away,
 * {@link #possible()}: what is only possibly true because a date is imprecise ({@code 2012} on
 * 2012-06-01) or unknown. The two never share an element. Immutable.
 *
 * <p>See docs/FORMATS.md#certainty for the semantics.
 *
 * @param <T> what the question lists
 */
public final class Answer<T> extends AbstractList<T> {

    private static final Answer<?> NONE = new Answer<>(List.of(), List.of());

    private final List<T> certain;
    private final List<T> possible;

    private Answer(List<T> certain, List<T> possible) {
        this.certain = List.copyOf(certain);
        this.possible = List.copyOf(possible);
    }

    /**
     * An answer with these certain and possible elements (copied; an element in both counts as certain).
     *
     * @param certain what is certainly true, in the order to list it; not null
     * @param possible what is only possibly true, in order; not null
     * @param <T> what the question lists
     * @return the answer; {@link #none()} when both lists are empty
     */
    public static <T> Answer<T> of(List<T> certain, List<T> possible) {
        Objects.requireNonNull(certain, "certain");
        Objects.requireNonNull(possible, "possible");
        if (certain.isEmpty() && possible.isEmpty()) {
            return none();
        }
        return new Answer<>(certain, possible.stream().filter(p -> !certain.contains(p)).toList());
    }

    /**
     * The empty answer: nothing certain, nothing possible.
     *
     * @param <T> what the question lists
     * @return the shared empty answer
     */
    @SuppressWarnings("unchecked")
    public static <T> Answer<T> none() {
        return (Answer<T>) NONE;
    }

    /**
     * What is certainly true; the same elements as this list.
     *
     * @return the certain elements, unmodifiable
     */
    public List<T> certain() {
        return certain;
    }

    /**
     * What is possibly but not certainly true.
     *
     * @return the possible elements, unmodifiable, none of them among the certain ones
     */
    public List<T> possible() {
        return possible;
    }

    /**
     * True when nothing is certain and nothing is possible.
     *
     * @return whether both the certain and the possible elements are empty
     */
    public boolean isNone() {
        return certain.isEmpty() && possible.isEmpty();
    }

    /**
     * This answer's elements mapped, certain to certain and possible to possible (duplicates kept once).
     *
     * @param mapper maps an element to what the new answer lists
     * @param <U> what the new answer lists
     * @return a new answer; a possible element that maps to a certain one is dropped from the possible ones
     */
    public <U> Answer<U> map(Function<? super T, ? extends U> mapper) {
        List<U> c = certain.stream().<U>map(mapper).distinct().toList();
        List<U> p = possible.stream().<U>map(mapper).distinct().toList();
        return of(c, p);
    }

    /**
     * This answer with only the elements that pass the filter.
     *
     * @param keep true for the elements to keep, certain and possible alike
     * @return a new answer with the kept elements in their order
     */
    public Answer<T> filter(Predicate<? super T> keep) {
        return of(certain.stream().filter(keep).toList(), possible.stream().filter(keep).toList());
    }

    /**
     * This answer with the certain and the possible elements each sorted.
     *
     * @param order the order of the elements
     * @return a new answer with the same elements, the certain and the possible ones each in this order
     */
    public Answer<T> sortedBy(Comparator<? super T> order) {
        return of(certain.stream().sorted(order).toList(), possible.stream().sorted(order).toList());
    }

    @Override
    public T get(int index) {
        return certain.get(index);
    }

    @Override
    public int size() {
        return certain.size();
    }

    @Override
    public String toString() {
        return "Answer[certain=" + certain + ", possible=" + possible + "]";
    }
}
