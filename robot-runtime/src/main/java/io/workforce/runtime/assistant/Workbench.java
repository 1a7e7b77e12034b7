package io.workforce.runtime.assistant;

import io.workforce.runtime.assistant.api.ApiException;
import io.workforce.runtime.assistant.api.AssistantApi;
import io.workforce.runtime.assistant.api.Dtos.Me;
import io.workforce.runtime.assistant.api.Dtos.MyCredential;
import io.workforce.runtime.assistant.api.Dtos.StartableFlow;
import io.workforce.runtime.assistant.credentials.CredentialNeeds;
import io.workforce.runtime.assistant.credentials.CredentialsPanel;
import io.workforce.runtime.assistant.flows.FlowList;
import io.workforce.runtime.assistant.flows.FlowsPanel;
import io.workforce.runtime.assistant.form.StartPanel;
import io.workforce.runtime.assistant.login.Prefs;
import io.workforce.runtime.assistant.result.ResultPanel;
import io.workforce.runtime.assistant.run.DesktopRun;
import io.workforce.runtime.assistant.run.DesktopSettings;
import io.workforce.runtime.assistant.run.Notifier;
import io.workforce.runtime.assistant.run.Progress;
import io.workforce.runtime.assistant.run.RunControl;
import io.workforce.runtime.assistant.run.RunListener;
import io.workforce.runtime.assistant.run.RunPanel;
import io.workforce.runtime.assistant.run.RunResult;
import io.workforce.runtime.assistant.run.ServerRun;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;

/**
 * The screen after log-in: the flow list beside the current form, run or result; and the clerk's
 * credentials.
 */
final class Workbench extends JPanel {

  private final AssistantApi api;
  private final Prefs prefs;
  private final DesktopSettings desktop;
  private final Notifier notifier;
  private final JPanel content = new JPanel(new BorderLayout());
  private final FlowsPanel flowsPanel;
  private final CredentialsPanel credentialsPanel;
  private final JLabel status = Ui.named("main.status", new JLabel(" "));
  private CredentialNeeds needs = new CredentialNeeds(List.of(), List.of());
  private RunControl running;

  Workbench(
      AssistantApi api,
      Me me,
      Prefs prefs,
      DesktopSettings desktop,
      Notifier notifier,
      Runnable logout) {
    super(new BorderLayout());
    this.api = api;
    this.prefs = prefs;
    this.desktop = desktop;
    this.notifier = notifier;
    flowsPanel = new FlowsPanel(this::open, prefs::setFavourites, this::refresh);
    credentialsPanel = new CredentialsPanel(api, this::refresh);
    JPanel header = new JPanel(new BorderLayout());
    Ui.padded(header, 6);
    header.add(
        new JLabel(
            Texts.get(
                "main.user",
                me.displayName() == null ? me.username() : me.displayName(),
                api.base())),
        BorderLayout.WEST);
    JButton out = Ui.named("main.logout", new JButton(Texts.get("main.logout")));
    out.addActionListener(e -> logout.run());
    JPanel right = new JPanel(new FlowLayout(FlowLayout.RIGHT, 0, 0));
    right.add(out);
    header.add(right, BorderLayout.EAST);
    add(header, BorderLayout.NORTH);
    JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, flowsPanel, content);
    split.setDividerLocation(340);
    JTabbedPane tabs = Ui.named("main.tabs", new JTabbedPane());
    tabs.addTab(Texts.get("main.flows"), split);
    tabs.addTab(Texts.get("main.credentials"), credentialsPanel);
    tabs.setMnemonicAt(0, '1');
    tabs.setMnemonicAt(1, '2');
    add(tabs, BorderLayout.CENTER);
    add(Ui.padded(status, 4), BorderLayout.SOUTH);
    welcome();
    refresh();
  }

  private void welcome() {
    JLabel hint = Ui.note(Texts.get("main.pick"));
    hint.setHorizontalAlignment(JLabel.CENTER);
    show(hint);
  }

  private void show(JComponent c) {
    content.removeAll();
    content.add(c, BorderLayout.CENTER);
    content.revalidate();
    content.repaint();
  }

  /** Reloads the flows and credentials. */
  void refresh() {
    record Loaded(List<StartableFlow> flows, List<MyCredential> credentials) {}
    Ui.background(
        () -> new Loaded(api.myFlows(), api.myCredentials()),
        l -> {
          needs = new CredentialNeeds(l.credentials(), l.flows());
          flowsPanel.show(new FlowList(l.flows(), prefs.favourites()));
          credentialsPanel.show(needs);
          status.setText(Texts.get("main.loaded", l.flows().size()));
        },
        e -> status.setText(e instanceof ApiException a ? a.details() : e.toString()));
  }

  private void open(StartableFlow flow) {
    if (running != null) {
      status.setText(Texts.get("main.busy"));
      return;
    }
    show(new StartPanel(flow, needs.missingFor(flow), this::start));
  }

  private void start(
      StartableFlow flow, Map<String, Object> inputs, boolean here, List<String> fileFields) {
    RunControl run =
        here
            ? new DesktopRun(
                api, flow.name(), inputs, fileFields.isEmpty() ? null : fileFields.get(0), desktop)
            : new ServerRun(
                api,
                flow.name(),
                inputs,
                fileFields,
                desktop.clock(),
                flow.robotSecondsPerRun() == null
                    ? null
                    : Duration.ofMillis((long) (flow.robotSecondsPerRun() * 1000)),
                Duration.ofMillis(500));
    running = run;
    RunPanel panel = new RunPanel(flow.name(), here, run::cancel);
    show(panel);
    run.start(
        new RunListener() {
          @Override
          public void progress(Progress p) {
            SwingUtilities.invokeLater(() -> panel.show(p));
          }

          @Override
          public void finished(RunResult result) {
            SwingUtilities.invokeLater(
                () -> {
                  running = null;
                  show(new ResultPanel(flow.name(), result, Workbench.this::welcome));
                  notifier.notify(
                      flow.name(), ResultPanel.headline(result), !result.failedRows().isEmpty());
                  refresh();
                });
          }

          @Override
          public void failed(String message) {
            SwingUtilities.invokeLater(
                () -> {
                  running = null;
                  StartPanel again =
                      new StartPanel(flow, needs.missingFor(flow), Workbench.this::start);
                  show(again);
                  status.setText(" ");
                  again.showError(message);
                  notifier.notify(flow.name(), message, true);
                });
          }
        });
  }
}
