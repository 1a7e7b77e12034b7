package io.workforce.orchestrator.schedule;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.workforce.orchestrator.security.Caller;
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
  private final ScheduleAccess access;

  ScheduleController(ScheduleService schedules, ScheduleAccess access) {
    this.schedules = schedules;
    this.access = access;
  }

  @PostMapping("/schedules")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Create a cron schedule or a queue trigger; its jobs run for the caller (runAs, if given,"
              + " must be the caller's own name: 400 otherwise). Clerks: only flows shared with them")
  ScheduleView create(Caller.User caller, @Valid @RequestBody NewSchedule schedule) {
    return schedules.create(access.forCreate(caller, schedule), caller.username());
  }

  @GetMapping("/schedules")
  @Operation(summary = "Schedules with their next firing (clerks: only their own)")
  List<ScheduleView> list(Caller.User caller) {
    return caller.seesEverything() ? schedules.list() : schedules.listOf(caller.username());
  }

  @GetMapping("/schedules/{id}")
  @Operation(summary = "One schedule (clerks: only their own)")
  ScheduleView get(Caller.User caller, @PathVariable long id) {
    access.checkVisible(caller, id);
    return schedules.get(id);
  }

  @PostMapping("/schedules/{id}/pause")
  @Operation(summary = "Pause a schedule (clerks: only their own)")
  ScheduleView pause(Caller.User caller, @PathVariable long id) {
    access.checkManaged(caller, id);
    return schedules.pause(id, true);
  }

  @PostMapping("/schedules/{id}/resume")
  @Operation(summary = "Resume a schedule (clerks: only their own)")
  ScheduleView resume(Caller.User caller, @PathVariable long id) {
    access.checkManaged(caller, id);
    return schedules.pause(id, false);
  }

  @DeleteMapping("/schedules/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete a schedule (clerks: only their own)")
  void delete(Caller.User caller, @PathVariable long id) {
    access.checkManaged(caller, id);
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
