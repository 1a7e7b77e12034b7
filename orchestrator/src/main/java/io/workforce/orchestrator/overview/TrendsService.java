package io.workforce.orchestrator.overview;

import io.workforce.orchestrator.config.WorkforceProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;

/**
 * Computes {@link Trends} from the same rollups as the overview, plus robot utilisation from the
 * jobs.
 */
@Service
public class TrendsService {

  private final Clock clock;
  private final ZoneId zone;
  private final RollupReader rollups;
  private final Utilisations utilisations;

  TrendsService(
      Clock clock,
      WorkforceProperties properties,
      RollupReader rollups,
      Utilisations utilisations) {
    this.clock = clock;
    this.zone = properties.schedules().timeZone();
    this.rollups = rollups;
    this.utilisations = utilisations;
  }

  public Trends compute() {
    Window w = Window.at(clock.instant(), zone);
    Snapshot s = rollups.read(w.earliestDay(), w.firstHour());
    Map<Long, Utilisations.Robot> robots =
        utilisations.since(w.now().minus(Duration.ofHours(Window.HOURS)), w.now());
    Function<Fact, String> byFlow = Fact::flow;
    Function<Fact, String> byRobot = f -> String.valueOf(f.robotId());
    Function<String, String> robotName =
        k -> {
          Utilisations.Robot r = robots.get(Long.parseLong(k));
          return r == null ? "#" + k : r.name();
        };
    List<Instant> hours = new ArrayList<>();
    for (int i = 0; i < Window.HOURS; i++) {
      hours.add(Window.hourStart(w.firstHour() + i));
    }
    List<Instant> days = new ArrayList<>();
    for (int i = 0; i < Window.DAYS; i++) {
      days.add(w.dayStart(w.firstDay() + i));
    }
    return new Trends(
        w.now(),
        hours,
        days,
        series(s.hours(), w.firstHour(), Window.HOURS, byFlow, "", Function.identity()),
        series(s.days(), w.firstDay(), Window.DAYS, byFlow, "", Function.identity()),
        series(s.hours(), w.firstHour(), Window.HOURS, byRobot, "0", robotName),
        series(s.days(), w.firstDay(), Window.DAYS, byRobot, "0", robotName),
        flows(s, w),
        robots(s, w, robots),
        utilisation(robots),
        month(s, w));
  }

  private static List<Trends.Series> series(
      List<Fact> facts,
      long first,
      int count,
      Function<Fact, String> key,
      String none,
      Function<String, String> label) {
    List<Trends.Series> out = new ArrayList<>();
    for (String k : Snapshot.byKey(facts, first, key).keySet()) {
      if (k.equals(none)) {
        continue;
      }
      Predicate<Fact> mine = f -> key.apply(f).equals(k);
      List<Counts> c = Snapshot.series(facts, first, count, mine);
      out.add(
          new Trends.Series(
              k,
              label.apply(k),
              c.stream().map(Counts::items).toList(),
              c.stream().map(Counts::failed).toList()));
    }
    return out;
  }

  private static List<Trends.FlowFigures> flows(Snapshot s, Window w) {
    Map<String, Counts> days30 = Snapshot.byKey(s.days(), w.firstDay(), Fact::flow);
    Map<String, Counts> month = Snapshot.byKey(s.days(), w.monthStart(), Fact::flow);
    Map<String, Counts> today = Snapshot.byKey(s.days(), w.today(), Fact::flow);
    return days30.entrySet().stream()
        .filter(e -> !e.getKey().isEmpty())
        .map(
            e -> {
              Counts c = e.getValue();
              return new Trends.FlowFigures(
                  e.getKey(),
                  today.getOrDefault(e.getKey(), Counts.ZERO).items(),
                  c.items(),
                  c.successful(),
                  c.businessFailed(),
                  c.systemFailed(),
                  c.items() == 0 ? 0 : (double) c.successful() / c.items(),
                  c.minutes(),
                  month.getOrDefault(e.getKey(), Counts.ZERO).minutes());
            })
        .toList();
  }

  private static List<Trends.RobotFigures> robots(
      Snapshot s, Window w, Map<Long, Utilisations.Robot> robots) {
    Map<Long, Counts> days30 = Snapshot.byKey(s.days(), w.firstDay(), Fact::robotId);
    return robots.values().stream()
        .map(
            r -> {
              Counts c = days30.getOrDefault(r.id(), Counts.ZERO);
              return new Trends.RobotFigures(
                  r.id(),
                  r.name(),
                  r.status(),
                  c.items(),
                  c.successful(),
                  r.busySeconds(),
                  r.availableSeconds(),
                  r.availableSeconds() == 0 ? 0 : (double) r.busySeconds() / r.availableSeconds());
            })
        .toList();
  }

  private static Trends.Utilisation utilisation(Map<Long, Utilisations.Robot> robots) {
    long busy = robots.values().stream().mapToLong(Utilisations.Robot::busySeconds).sum();
    long available = robots.values().stream().mapToLong(Utilisations.Robot::availableSeconds).sum();
    return new Trends.Utilisation(
        Window.HOURS, busy, available, available == 0 ? 0 : (double) busy / available);
  }

  private static Trends.Month month(Snapshot s, Window w) {
    Counts c = s.days(w.monthStart(), w.today());
    return new Trends.Month(
        LocalDate.ofEpochDay(w.today()).toString().substring(0, 7),
        c.items(),
        c.minutes(),
        c.minutes() / 60,
        c.minutes() / OverviewService.CLERK_MINUTES_30_DAYS);
  }
}
