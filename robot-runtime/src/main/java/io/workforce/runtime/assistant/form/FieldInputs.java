package io.workforce.runtime.assistant.form;

import io.workforce.runtime.assistant.Texts;
import io.workforce.runtime.assistant.Ui;
import java.awt.BorderLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * The editor of one generated field: a text box, a drop-down of choices, or a file box with a
 * chooser.
 */
final class FieldInputs {

  private FieldInputs() {}

  /** An editor with its value as text. */
  interface Editor {
    JComponent component();

    String value();

    void markError(boolean error);
  }

  static Editor of(FieldSpec f, Consumer<Path> fileChosen) {
    if (f.type() == FieldSpec.Type.CHOICE) {
      List<String> items = new ArrayList<>();
      if (!f.required()) {
        items.add("");
      }
      items.addAll(f.choices());
      JComboBox<String> box =
          Ui.named("form.field." + f.name(), new JComboBox<>(items.toArray(String[]::new)));
      return editor(
          box, () -> String.valueOf(box.getSelectedItem() == null ? "" : box.getSelectedItem()));
    }
    JTextField text = Ui.named("form.field." + f.name(), new JTextField(24));
    if (f.type() == FieldSpec.Type.DATE) {
      text.putClientProperty("JTextField.placeholderText", "yyyy-MM-dd");
    } else if (f.type() == FieldSpec.Type.NUMBER) {
      text.putClientProperty("JTextField.placeholderText", range(f));
    }
    if (!f.isFile()) {
      return editor(text, text::getText);
    }
    JButton choose = Ui.named("form.choose." + f.name(), new JButton(Texts.get("form.choose")));
    JPanel panel = new JPanel(new BorderLayout(6, 0));
    panel.add(text, BorderLayout.CENTER);
    panel.add(choose, BorderLayout.EAST);
    choose.addActionListener(
        e -> {
          JFileChooser chooser = new JFileChooser();
          if (f.format() != null) {
            chooser.setFileFilter(
                new FileNameExtensionFilter(
                    f.format(),
                    f.format().equals("csv")
                        ? new String[] {"csv", "txt"}
                        : new String[] {"xlsx", "xlsm"}));
          }
          if (chooser.showOpenDialog(panel) == JFileChooser.APPROVE_OPTION) {
            text.setText(chooser.getSelectedFile().getAbsolutePath());
            fileChosen.accept(chooser.getSelectedFile().toPath());
          }
        });
    text.addActionListener(e -> fileChosen.accept(Path.of(text.getText().strip())));
    text.addFocusListener(
        new java.awt.event.FocusAdapter() {
          @Override
          public void focusLost(java.awt.event.FocusEvent e) {
            if (!text.getText().isBlank()) {
              fileChosen.accept(Path.of(text.getText().strip()));
            }
          }
        });
    return new Editor() {
      public JComponent component() {
        return panel;
      }

      public String value() {
        return text.getText();
      }

      public void markError(boolean error) {
        text.putClientProperty("JComponent.outline", error ? "error" : null);
      }
    };
  }

  private static String range(FieldSpec f) {
    if (f.min() == null && f.max() == null) {
      return Texts.get("form.anyNumber");
    }
    return (f.min() == null ? "" : f.min().toPlainString())
        + " – "
        + (f.max() == null ? "" : f.max().toPlainString());
  }

  private static Editor editor(JComponent c, java.util.function.Supplier<String> value) {
    return new Editor() {
      public JComponent component() {
        return c;
      }

      public String value() {
        return value.get();
      }

      public void markError(boolean error) {
        c.putClientProperty("JComponent.outline", error ? "error" : null);
      }
    };
  }
}
