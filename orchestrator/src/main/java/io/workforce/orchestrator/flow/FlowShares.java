package io.workforce.orchestrator.flow;

import io.workforce.orchestrator.api.ForbiddenException;
import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.api.WorkforceException.FieldProblem;
import io.workforce.orchestrator.audit.AuditLog;
import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.security.Caller;
import io.workforce.orchestrator.user.UserService;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Per-flow sharing: which clerks (by name, or by group/department) may start a flow, and which
 * inputs are fixed for them. A start by a clerk is allowed by the first share that matches them
 * (their own share before their groups' shares) and whose fixed inputs do not contradict the start;
 * inputs the clerk left out are filled in from it.
 */
@Service
public class FlowShares {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final Clock clock;
  private final JsonMapper json;
  private final FlowCatalog catalog;
  private final UserService users;
  private final AuditLog audit;

  FlowShares(
      JdbcClient jdbc,
      Clock clock,
      JsonMapper json,
      FlowCatalog catalog,
      UserService users,
      AuditLog audit) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.json = json;
    this.catalog = catalog;
    this.users = users;
    this.audit = audit;
  }

  /**
   * One share: exactly one of {@code user} and {@code group}.
   *
   * @param user a user name
   * @param group a group (department) name
   * @param fixedInputs start-form inputs fixed for them (they may leave them out, but not change
   *     them)
   */
  public record Share(
      @Size(max = 100) String user,
      @Size(max = 100) String group,
      @Size(max = 100) Map<String, Object> fixedInputs) {
    public Share {
      fixedInputs = fixedInputs == null ? Map.of() : fixedInputs;
    }
  }

  public List<Share> list(String flow) {
    catalog.get(flow);
    return jdbc.sql(
            "SELECT * FROM flow_share WHERE flow_name = ? ORDER BY grantee_kind DESC, grantee")
        .param(flow)
        .query(
            (rs, n) -> {
              boolean user = rs.getString("grantee_kind").equals("USER");
              return new Share(
                  user ? rs.getString("grantee") : null,
                  user ? null : rs.getString("grantee"),
                  json.readValue(rs.getString("fixed_inputs"), MAP));
            })
        .list();
  }

  /** Replaces the flow's shares; every problem is reported at once. */
  @Transactional
  public List<Share> replace(String flow, List<Share> shares) {
    FlowView f = catalog.get(flow);
    Set<String> fields = formFields(f);
    List<FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < shares.size(); i++) {
      check(shares.get(i), "[" + i + "]", fields, problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(
          "invalid-shares",
          Text.of(
              "共享设置有 " + problems.size() + " 处错误",
              "the shares have " + problems.size() + " problem(s)"),
          problems);
    }
    jdbc.sql("DELETE FROM flow_share WHERE flow_name = ?").param(flow).update();
    Set<String> seen = new LinkedHashSet<>();
    for (Share s : shares) {
      String kind = s.user() != null ? "USER" : "GROUP";
      String who = s.user() != null ? s.user() : s.group();
      if (seen.add(kind + ":" + who)) {
        jdbc.sql(
                "INSERT INTO flow_share (flow_name, grantee_kind, grantee, fixed_inputs, created_at, created_by) "
                    + "VALUES (?,?,?,?,?,?)")
            .params(
                flow,
                kind,
                who,
                json.writeValueAsString(s.fixedInputs()),
                Db.ts(clock.instant()),
                Caller.current().actor())
            .update();
      }
    }
    audit.record(
        "flow.shares",
        "flow:" + flow,
        seen.isEmpty() ? "shared with nobody" : "shared with " + seen);
    return list(flow);
  }

  /** Every matching share of the flow, own share first: a start must agree with one of them. */
  public List<Map<String, Object>> allSharesFor(Caller.User user, String flow) {
    return sharesFor(user).stream()
        .filter(s -> s.flow().equals(flow))
        .map(Grant::fixedInputs)
        .toList();
  }

  /**
   * The inputs a start by this person goes ahead with: the flow must be shared with them (403
   * otherwise), and the inputs one of their shares fixes are set (403 when the request gives
   * another value for one of them).
   */
  public Map<String, Object> inputsFor(Caller.User user, String flow, Map<String, Object> given) {
    List<Map<String, Object>> grants = allSharesFor(user, flow);
    if (grants.isEmpty()) {
      throw new ForbiddenException(
          Text.of("流程 '" + flow + "' 没有共享给您", "flow '" + flow + "' is not shared with you"));
    }
    for (Map<String, Object> fixed : grants) {
      if (agrees(fixed, given)) {
        Map<String, Object> inputs = new HashMap<>(given);
        inputs.putAll(fixed);
        return inputs;
      }
    }
    Map<String, Object> fixed = grants.get(0);
    throw new ForbiddenException(
        Text.of(
            "您只能以这些固定输入启动 '" + flow + "': " + fixed,
            "you may start '" + flow + "' only with these inputs fixed: " + fixed));
  }

  private static boolean agrees(Map<String, Object> fixed, Map<String, Object> given) {
    return fixed.entrySet().stream()
        .allMatch(
            e ->
                !given.containsKey(e.getKey())
                    || Objects.equals(
                        String.valueOf(e.getValue()), String.valueOf(given.get(e.getKey()))));
  }

  /**
   * The flows shared with this person (directly or through a group), each with its first share's
   * fixed inputs.
   */
  public Map<String, Map<String, Object>> sharedWith(Caller.User user) {
    return sharesFor(user).stream()
        .collect(
            Collectors.toMap(Grant::flow, Grant::fixedInputs, (a, b) -> a, LinkedHashMap::new));
  }

  private record Grant(String flow, Map<String, Object> fixedInputs) {}

  private List<Grant> sharesFor(Caller.User user) {
    List<String> groups = users.groupsOf(user.username());
    List<Object> params = new ArrayList<>(List.of(user.username()));
    String inGroups = "";
    if (!groups.isEmpty()) {
      inGroups =
          " OR (grantee_kind = 'GROUP' AND grantee IN ("
              + String.join(",", groups.stream().map(g -> "?").toList())
              + "))";
      params.addAll(groups);
    }
    return jdbc.sql(
            "SELECT flow_name, fixed_inputs FROM flow_share WHERE (grantee_kind = 'USER' AND grantee = ?)"
                + inGroups
                + " ORDER BY flow_name, grantee_kind DESC, id")
        .params(params)
        .query((rs, n) -> new Grant(rs.getString(1), json.readValue(rs.getString(2), MAP)))
        .list();
  }

  private void check(Share s, String where, Set<String> fields, List<FieldProblem> problems) {
    if ((s.user() == null) == (s.group() == null)) {
      problems.add(
          new FieldProblem(
              where, "name exactly one of 'user' and 'group'", "{\"user\":\"zhangsan\"}"));
      return;
    }
    if (s.user() != null && !users.exists(s.user())) {
      problems.add(
          new FieldProblem(where + ".user", "no user '" + s.user() + "'", "create the user first"));
    }
    if (s.group() != null && !users.groupExists(s.group())) {
      problems.add(
          new FieldProblem(
              where + ".group", "no group '" + s.group() + "'", "create the group first"));
    }
    for (String input : s.fixedInputs().keySet()) {
      if (!fields.contains(input)) {
        problems.add(
            new FieldProblem(
                where + ".fixedInputs." + input,
                "the flow's start form has no input '" + input + "'",
                "inputs of the live version: " + fields));
      }
    }
  }

  private Set<String> formFields(FlowView f) {
    if (f.liveVersion() == null) {
      return Set.of();
    }
    FlowDescriptor.InputInfo input = catalog.descriptor(f.name(), f.liveVersion()).input();
    return input.fields() == null
        ? Set.of()
        : input.fields().stream()
            .map(FlowDescriptor.FieldInfo::name)
            .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
