package io.workforce.orchestrator.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that happen outside Spring MVC's handlers (a filter's {@code sendError}, a request Tomcat
 * refuses) are problem details too: {@code /error} answers one, and Tomcat's error page is replaced
 * by {@link ProblemErrorReportValve}.
 */
@RestController
class ErrorPages implements ErrorController {

  @RequestMapping("${server.error.path:/error}")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status =
        code instanceof Integer c && HttpStatus.resolve(c) != null
            ? HttpStatus.resolve(c)
            : HttpStatus.INTERNAL_SERVER_ERROR;
    Text text =
        status == HttpStatus.BAD_REQUEST
            ? Text.of("请求无效 (地址或内容不符合要求)", "the request is not valid (its address or content)")
            : Text.of(
                "请求无法处理: " + status.getReasonPhrase(),
                "the request cannot be handled: " + status.getReasonPhrase());
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, text.in(request));
    p.setType(
        URI.create(ProblemHandler.TYPE_BASE + (status.is5xxServerError() ? "internal" : "error")));
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (uri instanceof String u) {
      p.setInstance(URI.create(u.replaceAll("[^A-Za-z0-9/._~-]", "_")));
    }
    return ResponseEntity.status(status).body(p);
  }

  /** Tomcat's host renders its own errors with {@link ProblemErrorReportValve}. */
  @Component
  static class TomcatErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
    @Override
    public void customize(TomcatServletWebServerFactory factory) {
      factory.addContextCustomizers(
          context -> {
            if (context.getParent() instanceof StandardHost host) {
              host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
          });
    }
  }
}
