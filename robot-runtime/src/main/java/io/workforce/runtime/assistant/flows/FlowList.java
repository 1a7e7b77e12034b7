package io.workforce.runtime.assistant.flows;

import io.workforce.runtime.assistant.api.Dtos.StartableFlow;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The flows shared with the clerk as the list shows them: favourites first, then by name; filtered
 * by a search in name and description (case-insensitive, every word must match).
 */
public final class FlowList {

  private final List<StartableFlow> all;
  private final Set<String> favourites;

  public FlowList(List<StartableFlow> all, Set<String> favourites) {
    this.all = List.copyOf(all);
    this.favourites = new LinkedHashSet<>(favourites);
  }

  /** The flows matching {@code query} (blank = all), favourites first. */
  public List<StartableFlow> shown(String query) {
    String[] words =
        query == null ? new String[0] : query.strip().toLowerCase(Locale.ROOT).split("\\s+");
    return all.stream()
        .filter(f -> matches(f, words))
        .sorted(
            Comparator.comparing((StartableFlow f) -> !favourites.contains(f.name()))
                .thenComparing(StartableFlow::name))
        .toList();
  }

  public boolean isFavourite(String flow) {
    return favourites.contains(flow);
  }

  /** Marks or unmarks a favourite; returns the new set (to be remembered). */
  public Set<String> toggleFavourite(String flow) {
    if (!favourites.remove(flow)) {
      favourites.add(flow);
    }
    return Set.copyOf(favourites);
  }

  public List<StartableFlow> all() {
    return all;
  }

  private static boolean matches(StartableFlow f, String[] words) {
    String text = (f.name() + " " + f.description()).toLowerCase(Locale.ROOT);
    for (String w : words) {
      if (!w.isEmpty() && !text.contains(w)) {
        return false;
      }
    }
    return true;
  }
}
