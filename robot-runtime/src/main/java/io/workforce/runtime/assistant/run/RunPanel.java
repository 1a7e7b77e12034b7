package io.workforce.runtime.assistant.run;

import io.workforce.runtime.assistant.Texts;
import io.workforce.runtime.assistant.Ui;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;

/**
 * A run in progress: items done of all, failures so far, the current step, the time left, and
 * cancel.
 */
public final class RunPanel extends JPanel {

  private final JProgressBar bar = Ui.named("run.progress", new JProgressBar(0, 100));
  private final JLabel counts = Ui.named("run.counts", new JLabel(Texts.get("run.starting")));
  private final JLabel step = Ui.named("run.step", new JLabel(" "));
  private final JLabel eta = Ui.named("run.eta", new JLabel(" "));
  private final JButton cancel = Ui.named("run.cancel", new JButton(Texts.get("run.cancel")));

  public RunPanel(String flow, boolean here, Runnable onCancel) {
    super(new BorderLayout());
    Ui.padded(this, 12);
    JPanel p = new JPanel();
    p.setLayout(new BoxLayout(p, BoxLayout.Y_AXIS));
    p.add(Ui.heading(flow));
    p.add(Ui.note(Texts.get(here ? "run.here" : "run.onRobot")));
    p.add(javax.swing.Box.createVerticalStrut(16));
    bar.setIndeterminate(true);
    bar.setStringPainted(true);
    bar.setAlignmentX(LEFT_ALIGNMENT);
    p.add(bar);
    p.add(javax.swing.Box.createVerticalStrut(8));
    p.add(counts);
    p.add(step);
    p.add(eta);
    add(p, BorderLayout.NORTH);
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
    cancel.setMnemonic('C');
    cancel.addActionListener(
        e -> {
          cancel.setEnabled(false);
          cancel.setText(Texts.get("run.cancelling"));
          onCancel.run();
        });
    buttons.add(cancel);
    add(buttons, BorderLayout.SOUTH);
  }

  /** Shows the progress (event thread). */
  public void show(Progress p) {
    if (p.percent() >= 0) {
      bar.setIndeterminate(false);
      bar.setValue(p.percent());
      bar.setString(p.fraction());
    }
    bar.putClientProperty("progress", p.fraction());
    counts.setText(Texts.get("run.counts", p.fraction(), p.failed()));
    step.setText(Texts.get("run.step", p.step().isBlank() ? "—" : shorten(p.step())));
    eta.setText(Texts.get("run.eta", Eta.format(p.eta(), Texts.english())));
  }

  private static String shorten(String s) {
    return s.length() > 90 ? s.substring(0, 87) + "…" : s;
  }
}
