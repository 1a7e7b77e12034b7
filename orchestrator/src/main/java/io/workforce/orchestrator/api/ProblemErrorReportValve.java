package io.workforce.orchestrator.api;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error page, for requests Tomcat refuses before the application sees them (an address
 * with {@code %00}, an encoded '/', a broken escape): a problem detail like every other error,
 * instead of Tomcat's HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    HttpStatus known = HttpStatus.resolve(status);
    String title = known == null ? "Error" : known.getReasonPhrase();
    Text text =
        status == 400
            ? Text.of(
                "请求地址无效 (如含 %00、编码的 '/' 或不完整的 % 转义)",
                "the address is not valid (e.g. it contains %00, an encoded '/' or a broken % escape)")
            : Text.of("请求无法处理: " + title, "the request cannot be handled: " + title);
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      Writer w = response.getReporter();
      if (w != null) {
        w.write(
            "{\"type\":\""
                + ProblemHandler.TYPE_BASE
                + (status == 400 ? "invalid-address" : "error")
                + "\",\"title\":\""
                + title
                + "\",\"status\":"
                + status
                + ",\"detail\":\""
                + text.in(request)
                + "\"}");
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client is gone; nothing more to say
    }
  }
}
