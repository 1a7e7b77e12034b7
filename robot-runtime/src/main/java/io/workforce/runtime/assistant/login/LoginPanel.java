package io.workforce.runtime.assistant.login;

import io.workforce.runtime.assistant.Texts;
import io.workforce.runtime.assistant.Ui;
import io.workforce.runtime.assistant.api.ApiException;
import io.workforce.runtime.assistant.api.AssistantApi;
import io.workforce.runtime.assistant.api.Dtos.Me;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.function.BiConsumer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;

/**
 * The log-in screen: server, user, password or personal API token. The server and user are
 * remembered; the secret only in the desktop's keyring when there is one (the check box says where
 * it would go, or why not).
 */
public final class LoginPanel extends JPanel {

  private final Prefs prefs;
  private final Keyring keyring;
  private final BiConsumer<AssistantApi, Me> loggedIn;
  private final JTextField server = Ui.named("login.server", new JTextField(28));
  private final JTextField user = Ui.named("login.user", new JTextField(28));
  private final JPasswordField password = Ui.named("login.password", new JPasswordField(28));
  private final JCheckBox remember =
      Ui.named("login.remember", new JCheckBox(Texts.get("login.remember")));
  private final JButton submit = Ui.named("login.submit", new JButton(Texts.get("login.submit")));
  private final JLabel status = Ui.named("login.status", new JLabel(" "));

  public LoginPanel(Prefs prefs, Keyring keyring, BiConsumer<AssistantApi, Me> loggedIn) {
    super(new GridBagLayout());
    this.prefs = prefs;
    this.keyring = keyring;
    this.loggedIn = loggedIn;
    server.setText(prefs.server());
    user.setText(prefs.user());
    password.putClientProperty("JTextField.placeholderText", Texts.get("login.passwordHint"));
    password.putClientProperty("JTextField.showRevealButton", true);
    remember.setEnabled(keyring.available());
    remember.setToolTipText(
        keyring.available() ? Texts.get("login.keyring") : Texts.get("login.noKeyring"));
    if (keyring.available() && !prefs.user().isBlank()) {
      keyring
          .load(prefs.server(), prefs.user())
          .ifPresent(
              s -> {
                password.setText(s);
                remember.setSelected(true);
              });
    }
    status.setForeground(Ui.ERROR);
    layoutFields();
    submit.addActionListener(e -> login());
    password.addActionListener(e -> login());
  }

  private void layoutFields() {
    GridBagConstraints c = new GridBagConstraints();
    c.insets = new Insets(6, 6, 6, 6);
    c.gridx = 0;
    c.gridy = 0;
    c.gridwidth = 2;
    add(Ui.heading(Texts.get("app.title")), c);
    c.gridy++;
    add(Ui.note(Texts.get("login.intro")), c);
    c.gridwidth = 1;
    row(c, "login.serverLabel", server, 'S');
    row(c, "login.userLabel", user, 'U');
    row(c, "login.passwordLabel", password, 'P');
    c.gridx = 1;
    c.gridy++;
    c.anchor = GridBagConstraints.WEST;
    add(remember, c);
    c.gridy++;
    add(
        Ui.note(keyring.available() ? Texts.get("login.keyring") : Texts.get("login.noKeyring")),
        c);
    c.gridy++;
    add(submit, c);
    c.gridy++;
    c.gridx = 0;
    c.gridwidth = 2;
    add(status, c);
  }

  private void row(
      GridBagConstraints c, String label, javax.swing.JComponent field, char mnemonic) {
    c.gridy++;
    c.gridx = 0;
    c.anchor = GridBagConstraints.EAST;
    JLabel l = new JLabel(Texts.get(label));
    l.setDisplayedMnemonic(mnemonic);
    l.setLabelFor(field);
    add(l, c);
    c.gridx = 1;
    c.anchor = GridBagConstraints.WEST;
    add(field, c);
  }

  @Override
  public void addNotify() {
    super.addNotify();
    SwingUtilities.invokeLater(
        () -> {
          getRootPane().setDefaultButton(submit);
          (user.getText().isBlank() ? user : password).requestFocusInWindow();
        });
  }

  private void login() {
    String s = server.getText().strip();
    String u = user.getText().strip();
    String secret = new String(password.getPassword());
    if (s.isEmpty()
        || secret.isEmpty()
        || u.isEmpty() && !secret.startsWith(AssistantApi.TOKEN_PREFIX)) {
      status.setText(Texts.get("login.missing"));
      return;
    }
    submit.setEnabled(false);
    status.setText(Texts.get("login.working"));
    boolean keep = remember.isSelected();
    Ui.background(
        () -> {
          AssistantApi api = AssistantApi.connect(s);
          return new Session(api, api.login(u, secret));
        },
        r -> {
          submit.setEnabled(true);
          status.setText(" ");
          Me me = r.me();
          prefs.remember(s, u.isEmpty() ? me.username() : u);
          if (keep) {
            keyring.save(s, u, secret);
          } else if (keyring.available()) {
            keyring.delete(s, u);
          }
          password.setText("");
          loggedIn.accept(r.api(), me);
        },
        e -> {
          submit.setEnabled(true);
          status.setText(message(e));
        });
  }

  private record Session(AssistantApi api, Me me) {}

  private static String message(RuntimeException e) {
    if (e instanceof ApiException a) {
      return a.kind() == ApiException.Kind.UNAUTHORIZED
          ? Texts.get("login.refused", a.getMessage())
          : a.getMessage();
    }
    return Texts.get("login.failed", e.getClass().getSimpleName());
  }
}
