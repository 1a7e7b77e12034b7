package io.workforce.runtime.assistant.result;

import io.workforce.runtime.assistant.Texts;
import io.workforce.runtime.assistant.Ui;
import io.workforce.runtime.assistant.run.RunResult;
import io.workforce.runtime.result.ResultTable;
import java.awt.BorderLayout;
import java.awt.Desktop;
import java.awt.FlowLayout;
import java.io.File;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;

/**
 * The end of a run: the outcome, the run's outputs, each item (failed rows with reasons), report
 * and spreadsheet.
 */
public final class ResultPanel extends JPanel {

  private final JLabel status = Ui.named("result.status", new JLabel(" "));

  public ResultPanel(String flow, RunResult result, Runnable back) {
    super(new BorderLayout(0, 8));
    Ui.padded(this, 12);
    JPanel top = new JPanel();
    top.setLayout(new BoxLayout(top, BoxLayout.Y_AXIS));
    top.add(Ui.heading(flow));
    JLabel headline = Ui.named("result.headline", new JLabel(headline(result)));
    headline.setFont(headline.getFont().deriveFont(java.awt.Font.BOLD));
    headline.setForeground(
        result.outcome() == RunResult.Outcome.SUCCEEDED && result.failedRows().isEmpty()
            ? new java.awt.Color(0x2E7D32)
            : Ui.ERROR);
    top.add(headline);
    if (result.message() != null && !result.message().isBlank()) {
      top.add(Ui.named("result.message", new JLabel(result.message())));
    }
    if (!result.outputs().isEmpty()) {
      top.add(Ui.named("result.outputs", Ui.note(Texts.get("result.outputs", outputs(result)))));
    }
    add(top, BorderLayout.NORTH);
    add(new JScrollPane(table(result)), BorderLayout.CENTER);
    add(buttons(result, back), BorderLayout.SOUTH);
  }

  /** "成功 6 项，失败 2 项" and the like. */
  public static String headline(RunResult r) {
    return switch (r.outcome()) {
      case SUCCEEDED -> Texts.get("result.succeeded", r.succeeded(), r.failedRows().size());
      case CANCELLED -> Texts.get("result.cancelled", r.succeeded(), r.failedRows().size());
      case FAILED -> Texts.get("result.failedRun", r.succeeded(), r.failedRows().size());
    };
  }

  private static String outputs(RunResult result) {
    StringBuilder b = new StringBuilder();
    result
        .outputs()
        .forEach((k, v) -> b.append(b.length() == 0 ? "" : " · ").append(k).append(" ").append(v));
    return b.toString();
  }

  private static JTable table(RunResult result) {
    ResultTable table = ResultSheet.table(result);
    DefaultTableModel model =
        new DefaultTableModel(table.header().toArray(), 0) {
          @Override
          public boolean isCellEditable(int row, int column) {
            return false;
          }
        };
    // failed rows first: they are what the clerk has to act on
    table.rows().stream()
        .sorted((a, b) -> Boolean.compare(b.failed(), a.failed()))
        .forEach(r -> model.addRow(r.cells().toArray()));
    return Ui.named("result.table", new JTable(model));
  }

  private JPanel buttons(RunResult result, Runnable back) {
    JPanel p = new JPanel(new BorderLayout());
    p.add(status, BorderLayout.CENTER);
    JPanel right = new JPanel(new FlowLayout(FlowLayout.RIGHT));
    JButton report = Ui.named("result.report", new JButton(Texts.get("result.report")));
    report.setEnabled(result.report() != null);
    report.addActionListener(e -> openReport(result));
    JButton save = Ui.named("result.save", new JButton(Texts.get("result.save")));
    save.setEnabled(!result.rows().isEmpty());
    save.addActionListener(e -> save(result));
    JButton done = Ui.named("result.back", new JButton(Texts.get("result.back")));
    done.addActionListener(e -> back.run());
    right.add(report);
    right.add(save);
    right.add(done);
    p.add(right, BorderLayout.EAST);
    return p;
  }

  private void openReport(RunResult result) {
    try {
      if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
        Desktop.getDesktop().browse(result.report());
        status.setText(Texts.get("result.opened", result.report()));
      } else {
        status.setText(Texts.get("result.openYourself", result.report()));
      }
    } catch (java.io.IOException | UnsupportedOperationException e) {
      status.setText(Texts.get("result.openYourself", result.report()));
    }
  }

  private void save(RunResult result) {
    JFileChooser chooser = new JFileChooser();
    chooser.setSelectedFile(new File(Texts.get("result.fileName")));
    if (chooser.showSaveDialog(this) == JFileChooser.APPROVE_OPTION) {
      File f = chooser.getSelectedFile();
      File file = f.getName().toLowerCase().endsWith(".xlsx") ? f : new File(f.getPath() + ".xlsx");
      try {
        ResultSheet.write(result, file.toPath());
        status.setText(Texts.get("result.saved", file));
      } catch (java.io.UncheckedIOException e) {
        status.setText(Texts.get("result.saveFailed", file, e.getCause().getMessage()));
      }
    }
  }
}
