package io.workforce.samples.intake;

import io.workforce.samples.intake.ApplicationStore.Duplicate;
import io.workforce.samples.intake.ApplicationStore.Filed;
import io.workforce.samples.intake.ApplicationStore.Filing;
import io.workforce.samples.web.Account;
import io.workforce.samples.web.Request;
import io.workforce.samples.web.Response;
import io.workforce.samples.web.Session;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The three-page application wizard: {@code /apply/<service>/step1|step2|step3}, {@code submit} and
 * {@code done}. The draft lives in the session; every page is validated on the server; the
 * duplicate check runs as soon as the key is entered and again, atomically, at submit.
 */
final class Wizard {

  private static final String PAGE_DONE = "_page";

  private final ApplicationStore store;
  private final Clock clock;

  Wizard(ApplicationStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  Response handle(Request r, Session s) {
    String[] parts = r.path().split("/");
    Service service = parts.length == 4 ? Service.byId(parts[2]) : null;
    if (service == null) {
      return Response.notFound();
    }
    Map<String, String> draft = draft(s, service);
    String step = parts[3];
    if (r.isPost()) {
      return switch (step) {
        case "step1" -> post(r, s, service, draft, 1);
        case "step2" -> post(r, s, service, draft, 2);
        case "submit" -> submit(s, service, draft);
        default -> Response.notFound();
      };
    }
    return switch (step) {
      case "step1" -> {
        if (r.param("reset") != null) {
          draft.clear();
        }
        yield page(s, service, form(service, 1, draft, Map.of()));
      }
      case "step2" ->
          done(draft, 1)
              ? page(s, service, form(service, 2, draft, Map.of()))
              : Response.redirect(path(service, "step1"));
      case "step3" ->
          done(draft, 2)
              ? page(s, service, WizardPages.confirm(service, draft))
              : Response.redirect(path(service, done(draft, 1) ? "step2" : "step1"));
      case "done" ->
          store
              .byReceipt(r.text("receipt"))
              .map(a -> page(s, service, WizardPages.done(a)))
              .orElse(Response.notFound());
      default -> Response.notFound();
    };
  }

  private Response post(
      Request r, Session s, Service service, Map<String, String> draft, int pageNo) {
    for (Field f : service.page(pageNo)) {
      for (String name : f.storedNames()) {
        String v = r.param(name);
        draft.put(name, v == null ? "" : v);
      }
    }
    if (pageNo == 2 && "back".equals(r.param("action"))) {
      return Response.redirect(path(service, "step1"));
    }
    Map<String, String> errors = validate(service, pageNo, draft);
    if (!errors.isEmpty()) {
      draft.remove(PAGE_DONE + pageNo);
      return page(s, service, form(service, pageNo, draft, errors));
    }
    boolean keyOnThisPage =
        service.page(pageNo).stream().anyMatch(f -> f.name().equals(service.keyField()));
    if (keyOnThisPage) {
      var existing = store.byKey(service.id(), draft.get(service.keyField()));
      if (existing.isPresent()) {
        return page(s, service, WizardPages.duplicate(service, existing.get()));
      }
    }
    draft.put(PAGE_DONE + pageNo, "y");
    return Response.redirect(path(service, pageNo == 1 ? "step2" : "step3"));
  }

  private Response submit(Session s, Service service, Map<String, String> draft) {
    for (int p = 1; p <= 2; p++) {
      Map<String, String> errors = validate(service, p, draft);
      if (!errors.isEmpty() || !done(draft, p)) {
        return page(s, service, form(service, p, draft, errors));
      }
    }
    Map<String, String> fields = new LinkedHashMap<>();
    service
        .fields()
        .forEach(f -> f.storedNames().forEach(n -> fields.put(n, normalise(n, draft.get(n)))));
    Account clerk = s.get(IntakeSystem.USER);
    Filing filing =
        store.file(
            service.id(),
            fields.get(service.keyField()),
            fields.get(service.titleField()),
            fields,
            clerk.username(),
            LocalDateTime.now(clock));
    if (filing instanceof Duplicate d) {
      return page(s, service, WizardPages.duplicate(service, d.existing()));
    }
    draft.clear();
    String receipt = ((Filed) filing).application().receiptNo();
    return Response.redirect(path(service, "done") + "?receipt=" + receipt);
  }

  private Map<String, String> validate(Service service, int pageNo, Map<String, String> draft) {
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate today = LocalDate.now(clock);
    for (Field f : service.page(pageNo)) {
      String problem = f.check().problem(draft.getOrDefault(f.name(), ""), draft, today);
      if (problem != null) {
        errors.put(f.name(), problem);
      }
    }
    return errors;
  }

  /** Amounts are stored as the database column holds them: two decimals. */
  private static String normalise(String name, String value) {
    return "capital".equals(name)
        ? new java.math.BigDecimal(value).setScale(2).toPlainString()
        : value;
  }

  private String form(
      Service service, int pageNo, Map<String, String> draft, Map<String, String> errors) {
    return WizardPages.form(service, pageNo, draft, errors, LocalDate.now(clock).getYear());
  }

  private static Map<String, String> draft(Session s, Service service) {
    String key = "draft:" + service.id();
    Map<String, String> draft = s.get(key);
    if (draft == null) {
      draft = new LinkedHashMap<>();
      s.put(key, draft);
    }
    return draft;
  }

  private static boolean done(Map<String, String> draft, int pageNo) {
    return draft.containsKey(PAGE_DONE + pageNo);
  }

  private static String path(Service service, String step) {
    return "/apply/" + service.id() + "/" + step;
  }

  private static Response page(Session s, Service service, String content) {
    Account user = s.get(IntakeSystem.USER);
    return Response.html(
        IntakeLayout.page(service.name(), user.displayName(), service.id(), content),
        StandardCharsets.UTF_8);
  }
}
