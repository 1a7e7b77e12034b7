package io.workforce.orchestrator.sheet;

import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.api.WorkforceException;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A spreadsheet holds more than a limit allows (413, naming the file, the limit and its setting).
 */
public class SheetTooLargeException extends WorkforceException {

  SheetTooLargeException(String fileName, String zh, String en, String setting) {
    super(
        HttpStatus.CONTENT_TOO_LARGE,
        "sheet-too-large",
        Text.of(
            "文件 '" + fileName + "' " + zh + " (设置 " + setting + ")",
            "file '" + fileName + "' " + en + " (setting " + setting + ")"),
        List.of(
            new FieldProblem(
                "file",
                "'" + fileName + "' " + en,
                "split the file into smaller ones, or raise " + setting)));
  }
}
