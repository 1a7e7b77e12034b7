package io.workforce.orchestrator.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every error into an RFC 9457 problem detail with a clear message in the caller's language;
 * never a stack trace. Unexpected errors get a reference id that is also in the log, so support can
 * find them.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  static final String TYPE_BASE = "https://workforce.io/problems/";
  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  @ExceptionHandler(WorkforceException.class)
  ResponseEntity<ProblemDetail> workforce(WorkforceException e, HttpServletRequest request) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(e.status(), e.text().in(request));
    p.setType(URI.create(TYPE_BASE + e.slug()));
    p.setTitle(e.status().getReasonPhrase());
    p.setInstance(URI.create(request.getRequestURI()));
    if (!e.errors().isEmpty()) {
      p.setProperty("errors", e.errors());
    }
    if (e.existingId() != null) {
      p.setProperty("existingId", e.existingId());
    }
    ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.status());
    if (e.retryAfterSeconds() != null) {
      answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
    }
    return answer.body(p);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(
      MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    String expected =
        e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
    return workforce(
        InvalidRequestException.field(
            e.getName(),
            "值 '" + e.getValue() + "' 不是 " + expected,
            "value '" + e.getValue() + "' is not a " + expected),
        request);
  }

  @ExceptionHandler(BodyTooLargeException.class)
  ResponseEntity<ProblemDetail> tooLarge(BodyTooLargeException e, HttpServletRequest request) {
    return tooLarge(e.limit(), locale(request));
  }

  /**
   * A value the database cannot store (too long, a NUL character, a broken reference): the
   * request's fault.
   */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> unstorable(
      DataIntegrityViolationException e, HttpServletRequest request) {
    log.info(
        "refused {} {}: {}",
        request.getMethod(),
        request.getRequestURI(),
        e.getMostSpecificCause().getMessage());
    if (e instanceof DuplicateKeyException) {
      return workforce(
          new ConflictException(
              "duplicate",
              Text.of(
                  "与已有记录重复 (可能是同时提交了两次)",
                  "it duplicates an existing record (perhaps sent twice at once)")),
          request);
    }
    return workforce(
        new InvalidRequestException(
            Text.of(
                "请求中的某个值无法保存 (过长、含有不允许的字符如 NUL, 或引用了不存在的记录)",
                "a value in the request cannot be stored (too long, a character such as NUL that is not allowed, or a "
                    + "reference to something that does not exist)")),
        request);
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> multipart(MultipartException e, HttpServletRequest request) {
    return workforce(
        new InvalidRequestException(
            Text.of(
                "multipart 请求内容无法解析: 须为 multipart/form-data 且含 'file' 部分",
                "the multipart body cannot be read: send multipart/form-data with a 'file' part")),
        request);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
    String reference = UUID.randomUUID().toString().substring(0, 8);
    log.error(
        "unexpected error {} on {} {}", reference, request.getMethod(), request.getRequestURI(), e);
    Text text =
        Text.of(
            "服务器内部错误 (参考编号 " + reference + "), 详情见编排器日志。",
            "internal error (reference "
                + reference
                + "); the orchestrator's log has the details.");
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, text.in(request));
    p.setType(URI.create(TYPE_BASE + "internal"));
    p.setInstance(URI.create(request.getRequestURI()));
    return ResponseEntity.internalServerError().body(p);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Locale locale = locale(request);
    List<WorkforceException.FieldProblem> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map(
                f ->
                    new WorkforceException.FieldProblem(
                        f.getField(),
                        FieldText.message(f.getCodes(), f.getArguments(), locale),
                        FieldText.rejected(f.getField(), f.getRejectedValue(), locale)))
            .toList();
    return problem(
        HttpStatus.UNPROCESSABLE_CONTENT,
        "invalid-request",
        Text.of(
            "请求有 " + errors.size() + " 处错误",
            "the request has " + errors.size() + " invalid field(s)"),
        request,
        Map.of("errors", errors));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Locale locale = locale(request);
    List<WorkforceException.FieldProblem> errors =
        e.getParameterValidationResults().stream()
            .flatMap(
                r ->
                    r.getResolvableErrors().stream()
                        .map(
                            err ->
                                new WorkforceException.FieldProblem(
                                    r.getMethodParameter().getParameterName(),
                                    FieldText.message(err.getCodes(), err.getArguments(), locale),
                                    null)))
            .toList();
    return problem(
        HttpStatus.BAD_REQUEST,
        "invalid-request",
        Text.of("请求参数有误", "invalid request parameters"),
        request,
        Map.of("errors", errors));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof BodyTooLargeException big) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
            .body(tooLarge(big.limit(), locale(request)).getBody());
      }
    }
    String why = rootMessage(e);
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JacksonException j && !j.getPath().isEmpty()) {
        String field = field(j);
        return problem(
            HttpStatus.BAD_REQUEST,
            "malformed-body",
            Text.of(
                "字段 '" + field + "' 的值无法读取: " + why,
                "field '" + field + "' cannot be read: " + why),
            request,
            Map.of(
                "errors",
                List.of(
                    new WorkforceException.FieldProblem(
                        field,
                        why,
                        "text in quotes, a number, true/false, a list or an object, as the field"
                            + " needs (docs/rest-api.md, docs/openapi.json)"))));
      }
    }
    return problem(
        HttpStatus.BAD_REQUEST,
        "malformed-body",
        Text.of("请求内容无法读取: " + why, "the request body cannot be read: " + why),
        request,
        Map.of());
  }

  private static Locale locale(HttpServletRequest request) {
    return request.getHeader("Accept-Language") == null
        ? Locale.SIMPLIFIED_CHINESE
        : request.getLocale();
  }

  private static Locale locale(WebRequest request) {
    return request.getHeader("Accept-Language") == null
        ? Locale.SIMPLIFIED_CHINESE
        : request.getLocale();
  }

  private static ResponseEntity<ProblemDetail> tooLarge(long limit, Locale locale) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONTENT_TOO_LARGE,
            Text.of(
                    "请求内容超过 " + limit + " 字节的上限",
                    "the request body is larger than the limit of " + limit + " bytes")
                .in(locale));
    p.setType(URI.create(TYPE_BASE + "body-too-large"));
    p.setProperty("limit", limit);
    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(p);
  }

  private ResponseEntity<Object> problem(
      HttpStatus status,
      String slug,
      Text text,
      WebRequest request,
      Map<String, Object> properties) {
    Locale locale = locale(request);
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, text.in(locale));
    p.setType(URI.create(TYPE_BASE + slug));
    properties.forEach(p::setProperty);
    return ResponseEntity.status(status).body(p);
  }

  /** The Jackson message without the Java class names and source excerpts it sometimes carries. */
  /** The JSON path of the value that could not be read: {@code name}, {@code items[2].key}. */
  private static String field(JacksonException e) {
    StringBuilder b = new StringBuilder();
    for (JacksonException.Reference r : e.getPath()) {
      if (r.getPropertyName() != null) {
        b.append(b.isEmpty() ? "" : ".").append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    int cut = m.indexOf(" at [Source");
    m = cut > 0 ? m.substring(0, cut) : m;
    m = m.replaceAll("\\(class [a-zA-Z0-9_.$]+\\)", "").replaceAll("[a-z]+(\\.[a-z0-9_]+)+\\.", "");
    return m.lines().findFirst().orElse(m).trim();
  }
}
