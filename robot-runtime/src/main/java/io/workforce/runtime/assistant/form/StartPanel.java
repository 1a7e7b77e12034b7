package io.workforce.runtime.assistant.form;

import io.workforce.runtime.assistant.Texts;
import io.workforce.runtime.assistant.Ui;
import io.workforce.runtime.assistant.api.Dtos.StartableFlow;
import io.workforce.runtime.input.InputException;
import java.awt.BorderLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.BoxLayout;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;

/**
 * The start form of one flow, generated from its declared inputs, with the spreadsheet preview, the
 * choice of where it runs (only what the flow allows), the personal credentials still missing, and
 * every problem of the values shown at once before anything is sent.
 */
public final class StartPanel extends JPanel {

  /** What the start button asks for. */
  public interface Starter {
    void start(
        StartableFlow flow, Map<String, Object> inputs, boolean here, List<String> fileFields);
  }

  private final StartableFlow flow;
  private final StartForm form;
  private final List<String> missingCredentials;
  private final Map<String, FieldInputs.Editor> editors = new LinkedHashMap<>();
  private final JLabel errors = Ui.named("form.errors", new JLabel(" "));
  private final JLabel count = Ui.named("form.count", new JLabel(" "));
  private final DefaultTableModel preview = new DefaultTableModel();
  private final JRadioButton onRobot =
      Ui.named("form.placement.robot", new JRadioButton(Texts.get("form.onRobot")));
  private final JRadioButton here =
      Ui.named("form.placement.desktop", new JRadioButton(Texts.get("form.here")));
  private final JButton start = Ui.named("form.start", new JButton(Texts.get("form.start")));

  public StartPanel(StartableFlow flow, List<String> missingCredentials, Starter starter) {
    super(new BorderLayout(0, 8));
    this.flow = flow;
    this.form = StartForm.of(flow);
    this.missingCredentials = missingCredentials;
    Ui.padded(this, 12);
    JPanel top = new JPanel();
    top.setLayout(new BoxLayout(top, BoxLayout.Y_AXIS));
    top.add(Ui.heading(flow.name()));
    top.add(new JLabel(flow.description()));
    if (!form.fixed().isEmpty()) {
      top.add(Ui.note(Texts.get("form.fixed", form.fixed())));
    }
    add(top, BorderLayout.NORTH);
    add(fields(), BorderLayout.CENTER);
    add(bottom(), BorderLayout.SOUTH);
    start.setMnemonic('R');
    start.addActionListener(e -> submit(starter));
  }

  private JPanel fields() {
    JPanel p = new JPanel(new GridBagLayout());
    GridBagConstraints c = new GridBagConstraints();
    c.insets = new Insets(4, 4, 4, 4);
    c.anchor = GridBagConstraints.NORTHWEST;
    c.gridy = 0;
    for (FieldSpec f : form.fields()) {
      FieldInputs.Editor editor = FieldInputs.of(f, this::showPreview);
      editors.put(f.name(), editor);
      c.gridx = 0;
      c.weightx = 0;
      c.fill = GridBagConstraints.NONE;
      JLabel label = new JLabel(f.label() + (f.required() ? " *" : ""));
      label.setLabelFor(editor.component());
      p.add(label, c);
      c.gridx = 1;
      c.weightx = 1;
      c.fill = GridBagConstraints.HORIZONTAL;
      p.add(editor.component(), c);
      c.gridy++;
    }
    if (form.fields().isEmpty()) {
      p.add(Ui.note(Texts.get("form.noInputs")), c);
      c.gridy++;
    }
    if (form.fields().stream().anyMatch(f -> f.type() == FieldSpec.Type.SPREADSHEET)) {
      c.gridx = 0;
      c.gridwidth = 2;
      p.add(count, c);
      c.gridy++;
      c.weighty = 1;
      c.fill = GridBagConstraints.BOTH;
      JTable table = Ui.named("form.preview", new JTable(preview));
      table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
      JScrollPane scroll = new JScrollPane(table);
      scroll.setPreferredSize(new java.awt.Dimension(560, 150));
      p.add(scroll, c);
    } else {
      c.gridy++;
      c.weighty = 1;
      p.add(new JLabel(), c);
    }
    return p;
  }

  private JPanel bottom() {
    JPanel p = new JPanel();
    p.setLayout(new BoxLayout(p, BoxLayout.Y_AXIS));
    ButtonGroup group = new ButtonGroup();
    group.add(onRobot);
    group.add(here);
    onRobot.setEnabled(flow.runsOnRobots());
    here.setEnabled(flow.runsOnDesktop());
    (flow.runsOnRobots() ? onRobot : here).setSelected(true);
    JPanel where = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.LEFT));
    where.add(new JLabel(Texts.get("form.where")));
    if (flow.runsOnRobots()) {
      where.add(onRobot);
    }
    if (flow.runsOnDesktop()) {
      where.add(here);
    }
    p.add(where);
    if (flow.runsOnDesktop() && !flow.sharedDesktopAccounts().isEmpty()) {
      JLabel shared =
          Ui.named(
              "form.sharedDesktop",
              new JLabel(SharedAccounts.notice(flow.sharedDesktopAccounts())));
      shared.setForeground(Ui.WARNING);
      p.add(shared);
    }
    if (!missingCredentials.isEmpty()) {
      JLabel warn =
          Ui.named(
              "form.credWarning",
              new JLabel(Texts.get("form.credMissing", String.join(", ", missingCredentials))));
      warn.setForeground(Ui.ERROR);
      p.add(warn);
    }
    errors.setForeground(Ui.ERROR);
    p.add(errors);
    JPanel buttons = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.RIGHT));
    buttons.add(start);
    p.add(buttons);
    return p;
  }

  private void showPreview(Path file) {
    preview.setRowCount(0);
    preview.setColumnCount(0);
    try {
      SheetPreview sheet = SheetPreview.read(file);
      sheet.columns().forEach(preview::addColumn);
      sheet.rows().forEach(r -> preview.addRow(r.toArray()));
      count.setText(Texts.get("form.rows", sheet.count(), sheet.rows().size()));
      errors.setText(" "); // the problems shown were about the file chosen before
      editors.values().forEach(e -> e.markError(false));
    } catch (InputException | java.io.UncheckedIOException | IllegalArgumentException e) {
      count.setText(e.getMessage() == null ? Texts.get("form.unreadable", file) : e.getMessage());
    }
  }

  /** Shows why the start did not work (the server's or the runtime's message). */
  public void showError(String message) {
    errors.setText("<html>" + escape(message).replace("\n", "<br>") + "</html>");
  }

  /** The values as typed, by field name. */
  public Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    editors.forEach((name, e) -> values.put(name, e.value()));
    return values;
  }

  private void submit(Starter starter) {
    List<FieldError> problems = form.validate(values());
    editors.forEach(
        (name, e) -> e.markError(problems.stream().anyMatch(p -> p.field().equals(name))));
    if (!missingCredentials.isEmpty()) {
      errors.setText(Texts.get("form.credMissing", String.join(", ", missingCredentials)));
      return;
    }
    if (!problems.isEmpty()) {
      StringBuilder html = new StringBuilder("<html>");
      problems.forEach(p -> html.append("• ").append(escape(p.message())).append("<br>"));
      errors.setText(html.append("</html>").toString());
      return;
    }
    errors.setText(" ");
    List<String> files =
        form.fields().stream().filter(FieldSpec::isFile).map(FieldSpec::name).toList();
    starter.start(flow, form.inputs(values()), here.isSelected(), files);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
