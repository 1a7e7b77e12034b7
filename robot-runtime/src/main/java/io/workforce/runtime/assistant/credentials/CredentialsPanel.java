package io.workforce.runtime.assistant.credentials;

import io.workforce.runtime.assistant.Texts;
import io.workforce.runtime.assistant.Ui;
import io.workforce.runtime.assistant.api.ApiException;
import io.workforce.runtime.assistant.api.AssistantApi;
import io.workforce.runtime.assistant.api.Dtos.MyCredential;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableModel;

/**
 * 我的凭据: the clerk's own accounts for the legacy systems, write-only (set or update, never shown),
 * each with the flows that need it.
 */
public final class CredentialsPanel extends JPanel {

  private final AssistantApi api;
  private final Runnable changed;
  private final DefaultTableModel model =
      new DefaultTableModel(
          new Object[] {
            Texts.get("creds.name"),
            Texts.get("creds.description"),
            Texts.get("creds.state"),
            Texts.get("creds.flows")
          },
          0) {
        @Override
        public boolean isCellEditable(int row, int column) {
          return false;
        }
      };
  private final JTable table = Ui.named("creds.table", new JTable(model));
  private final JLabel status = Ui.named("creds.status", new JLabel(" "));

  public CredentialsPanel(AssistantApi api, Runnable changed) {
    super(new BorderLayout(0, 8));
    this.api = api;
    this.changed = changed;
    Ui.padded(this, 12);
    add(Ui.note(Texts.get("creds.intro")), BorderLayout.NORTH);
    table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    add(new JScrollPane(table), BorderLayout.CENTER);
    JPanel south = new JPanel(new BorderLayout());
    south.add(status, BorderLayout.CENTER);
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
    JButton set = Ui.named("creds.set", new JButton(Texts.get("creds.set")));
    set.setMnemonic('E');
    set.addActionListener(e -> setSelected());
    buttons.add(set);
    south.add(buttons, BorderLayout.EAST);
    add(south, BorderLayout.SOUTH);
  }

  /** Shows the credentials and the flows that need each. */
  public void show(CredentialNeeds needs) {
    model.setRowCount(0);
    for (MyCredential c : needs.personal()) {
      model.addRow(
          new Object[] {
            c.name(),
            c.description() == null ? "" : c.description(),
            Texts.get(c.valueSet() ? "creds.set.yes" : "creds.set.no"),
            String.join(", ", needs.flowsNeeding(c.name()))
          });
    }
  }

  private void setSelected() {
    int row = table.getSelectedRow();
    if (row < 0) {
      status.setText(Texts.get("creds.pick"));
      return;
    }
    String name = String.valueOf(model.getValueAt(row, 0));
    JTextField user = Ui.named("creds.dialog.user", new JTextField(20));
    JPasswordField secret = Ui.named("creds.dialog.secret", new JPasswordField(20));
    JPanel form = new JPanel(new GridLayout(0, 1, 4, 4));
    form.add(new JLabel(Texts.get("creds.dialog.user")));
    form.add(user);
    form.add(new JLabel(Texts.get("creds.dialog.secret")));
    form.add(secret);
    int answer =
        JOptionPane.showConfirmDialog(
            this,
            form,
            Texts.get("creds.dialog.title", name),
            JOptionPane.OK_CANCEL_OPTION,
            JOptionPane.PLAIN_MESSAGE);
    String password = new String(secret.getPassword());
    if (answer != JOptionPane.OK_OPTION || user.getText().isBlank() || password.isEmpty()) {
      return;
    }
    Ui.background(
        () -> {
          api.setMyCredential(name, user.getText().strip(), password);
          return name;
        },
        n -> {
          status.setText(Texts.get("creds.saved", n));
          changed.run();
        },
        e -> status.setText(e instanceof ApiException a ? a.details() : e.toString()));
  }
}
