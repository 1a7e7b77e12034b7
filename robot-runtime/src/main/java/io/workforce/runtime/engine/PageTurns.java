package io.workforce.runtime.engine;

import io.workforce.flows.step.ReadTable;
import io.workforce.runtime.Messages;
import io.workforce.runtime.Selector;
import io.workforce.runtime.SystemException;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@code read_table} gets from one page of a list to the next, and how it knows it got there.
 * {@link #turn} returns the table after the turn, or null when the list has no further page.
 */
sealed interface PageTurns {

  TablePage turn(TablePage before);

  /** The turns of a step's pagination; null for a single page. */
  static PageTurns of(ReadTable step, ItemContext ctx, TableReader reader) {
    Selector current = ctx.selector(step.current());
    ReadTable.Pagination p = step.pagination();
    if (p instanceof ReadTable.NextButton n) {
      return new Next(reader, ctx.selector(n.selector()), current);
    }
    if (p instanceof ReadTable.PageLinks l) {
      return new Links(reader, ctx.selector(l.selector()), current);
    }
    if (p instanceof ReadTable.InfiniteScroll) {
      return new Scroll(reader, step.total() != null);
    }
    return null;
  }

  /**
   * {@code next}: clicks the first visible, clickable match until none is left (gone, disabled, or
   * plain text on the last page); with {@code current}, each turn must add one to it.
   */
  record Next(TableReader reader, Selector next, Selector current) implements PageTurns {
    @Override
    public TablePage turn(TablePage before) {
      PagerState.Item button =
          reader.pager(next, null).items().stream()
              .filter(PagerState.Item::usable)
              .findFirst()
              .orElse(null);
      if (button == null) {
        return null;
      }
      Integer was = current == null ? null : reader.number(current);
      reader.page.clickNth(next, button.index());
      String expected = Messages.get("run.table.expect.next", next.source());
      TablePage now = reader.awaitChange(before, expected, null);
      if (was != null) {
        int reached = reader.number(current);
        if (reached != was + 1) {
          throw new SystemException(
              Messages.get("run.table.wrongpage", was + 1, reached, button.text()));
        }
      }
      return now;
    }
  }

  /**
   * {@code pages}: clicks the link whose text is the next page number, read from the pager anew
   * after every turn; when the pager shows no such link (a window of page numbers), a link to
   * further pages after the current one (…, 下一页). The page reached must be the page meant.
   */
  final class Links implements PageTurns {
    private final TableReader reader;
    private final Selector links;
    private final Selector current;
    private Integer known;

    Links(TableReader reader, Selector links, Selector current) {
      this.reader = reader;
      this.links = links;
      this.current = current;
    }

    @Override
    public TablePage turn(TablePage before) {
      PagerState pager = state();
      int now = pager.current() != null ? pager.current() : known != null ? known : inferred(pager);
      int target = now + 1;
      PagerState.Item link =
          pager.items().stream()
              .filter(i -> Objects.equals(i.number(), target) && i.usable())
              .findFirst()
              .orElse(null);
      boolean further = link == null;
      if (further) {
        link = further(pager);
        if (link == null) {
          int last =
              pager.items().stream()
                  .filter(i -> i.number() != null)
                  .mapToInt(PagerState.Item::number)
                  .max()
                  .orElse(0);
          if (last > now) {
            throw new SystemException(
                Messages.get("run.table.nolink", last, target, pager.texts()));
          }
          return null;
        }
      }
      reader.page.clickNth(links, link.index());
      TablePage page =
          reader.awaitChange(before, Messages.get("run.table.expect.page", target), null);
      Integer reached = state().current();
      if (reached == null && further) {
        throw new SystemException(Messages.get("run.table.nomarker", target, link.text()));
      }
      if (reached != null && reached != target) {
        throw new SystemException(
            Messages.get("run.table.wrongpage", target, reached, link.text()));
      }
      known = target;
      return page;
    }

    private PagerState state() {
      return reader.pager(links, current == null ? null : reader.number(current));
    }

    /** A usable link to further pages after the current page's marker (or the only one). */
    private static PagerState.Item further(PagerState pager) {
      var more = pager.items().stream().filter(i -> i.more() && i.usable()).toList();
      return more.stream()
          .filter(i -> Boolean.TRUE.equals(i.after()))
          .findFirst()
          .orElse(more.size() == 1 && more.get(0).after() == null ? more.get(0) : null);
    }

    /** The current page when the pager does not mark it: the first number without a link. */
    private static int inferred(PagerState pager) {
      int n = 1;
      while (true) {
        int k = n;
        if (pager.items().stream().noneMatch(i -> Objects.equals(i.number(), k) && i.usable())) {
          return n;
        }
        n++;
      }
    }
  }

  /**
   * {@code scroll: true}: scrolls to the bottom and waits for rows to be added; without {@code
   * total}, none within a few seconds means the end.
   */
  record Scroll(TableReader reader, boolean counted) implements PageTurns {
    static final Duration QUIET = Duration.ofSeconds(3);

    @Override
    public TablePage turn(TablePage before) {
      reader.page.evaluateOn(reader.table, TableScripts.SCROLL_END, null);
      Duration quiet = counted ? null : QUIET.compareTo(reader.wait) < 0 ? QUIET : reader.wait;
      return reader.awaitChange(before, Messages.get("run.table.expect.scroll"), quiet);
    }
  }
}
