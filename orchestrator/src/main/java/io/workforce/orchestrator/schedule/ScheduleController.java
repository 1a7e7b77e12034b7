package io.workforce.orchestrator.schedule;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "schedules", description = "Cron schedules, queue triggers, working-day calendars")
class ScheduleController {

  private final ScheduleService schedules;

  ScheduleController(ScheduleService schedules) {
    this.schedules = schedules;
  }

  @PostMapping("/schedules")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create a cron schedule or a queue trigger")
  ScheduleView create(@Valid @RequestBody NewSchedule schedule) {
    return schedules.create(schedule);
  }

  @GetMapping("/schedules")
  @Operation(summary = "All schedules with their next firing")
  List<ScheduleView> list() {
    return schedules.list();
  }

  @GetMapping("/schedules/{id}")
  @Operation(summary = "One schedule")
  ScheduleView get(@PathVariable long id) {
    return schedules.get(id);
  }

  @PostMapping("/schedules/{id}/pause")
  @Operation(summary = "Pause a schedule")
  ScheduleView pause(@PathVariable long id) {
    return schedules.pause(id, true);
  }

  @PostMapping("/schedules/{id}/resume")
  @Operation(summary = "Resume a schedule")
  ScheduleView resume(@PathVariable long id) {
    return schedules.pause(id, false);
  }

  @DeleteMapping("/schedules/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete a schedule")
  void delete(@PathVariable long id) {
    schedules.delete(id);
  }

  @PutMapping(
      value = "/calendars/{name}",
      consumes = {"text/plain", "text/csv"})
  @Operation(
      summary = "Upload a working-day calendar file (date[,holiday|workday[,note]] per line)")
  Map<String, Object> uploadCalendar(@PathVariable String name, @RequestBody String file) {
    return schedules.uploadCalendar(name, file);
  }
}
