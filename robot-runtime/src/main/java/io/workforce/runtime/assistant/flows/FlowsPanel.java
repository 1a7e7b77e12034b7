package io.workforce.runtime.assistant.flows;

import io.workforce.runtime.assistant.Texts;
import io.workforce.runtime.assistant.Ui;
import io.workforce.runtime.assistant.api.Dtos.StartableFlow;
import io.workforce.runtime.assistant.run.Eta;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/**
 * The flows shared with the clerk: search (Ctrl+F), favourites (Ctrl+D) first, selecting one opens
 * its start form.
 */
public final class FlowsPanel extends JPanel {

  private final JTextField search = Ui.named("flows.search", new JTextField());
  private final DefaultListModel<StartableFlow> model = new DefaultListModel<>();
  private final JList<StartableFlow> list = Ui.named("flows.list", new JList<>(model));
  private final JButton favourite =
      Ui.named("flows.favourite", new JButton(Texts.get("flows.favourite")));
  private final Consumer<Set<String>> favouritesChanged;
  private FlowList flows = new FlowList(java.util.List.of(), Set.of());
  // true while the list is refilled (search, reload): keeping the selection must not reopen the
  // form
  private boolean refilling;

  public FlowsPanel(
      Consumer<StartableFlow> open, Consumer<Set<String>> favouritesChanged, Runnable refresh) {
    super(new BorderLayout(0, 6));
    this.favouritesChanged = favouritesChanged;
    Ui.padded(this, 8);
    search.putClientProperty("JTextField.placeholderText", Texts.get("flows.search"));
    search.putClientProperty("JTextField.showClearButton", true);
    search
        .getDocument()
        .addDocumentListener(
            new DocumentListener() {
              public void insertUpdate(DocumentEvent e) {
                filter();
              }

              public void removeUpdate(DocumentEvent e) {
                filter();
              }

              public void changedUpdate(DocumentEvent e) {
                filter();
              }
            });
    search.addActionListener(
        e -> {
          if (!model.isEmpty()) {
            list.setSelectedIndex(0);
            list.requestFocusInWindow();
          }
        });
    add(search, BorderLayout.NORTH);
    list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    list.setCellRenderer(new Renderer());
    list.addListSelectionListener(
        e -> {
          if (!e.getValueIsAdjusting() && !refilling && list.getSelectedValue() != null) {
            open.accept(list.getSelectedValue());
          }
        });
    add(new JScrollPane(list), BorderLayout.CENTER);
    JPanel buttons = new JPanel(new java.awt.GridLayout(1, 2, 6, 0));
    favourite.addActionListener(e -> toggleFavourite());
    JButton reload = Ui.named("flows.refresh", new JButton(Texts.get("flows.refresh")));
    reload.addActionListener(e -> refresh.run());
    buttons.add(favourite);
    buttons.add(reload);
    add(buttons, BorderLayout.SOUTH);
    keys();
  }

  private void keys() {
    getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
        .put(KeyStroke.getKeyStroke(KeyEvent.VK_F, KeyEvent.CTRL_DOWN_MASK), "search");
    getActionMap().put("search", action(() -> search.requestFocusInWindow()));
    getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
        .put(KeyStroke.getKeyStroke(KeyEvent.VK_D, KeyEvent.CTRL_DOWN_MASK), "fav");
    getActionMap().put("fav", action(this::toggleFavourite));
  }

  private static javax.swing.Action action(Runnable r) {
    return new javax.swing.AbstractAction() {
      @Override
      public void actionPerformed(java.awt.event.ActionEvent e) {
        r.run();
      }
    };
  }

  /** Shows these flows. */
  public void show(FlowList flows) {
    this.flows = flows;
    filter();
  }

  private void filter() {
    StartableFlow selected = list.getSelectedValue();
    refilling = true;
    try {
      model.clear();
      flows.shown(search.getText()).forEach(model::addElement);
      if (selected != null) {
        flows.all().stream()
            .filter(f -> f.name().equals(selected.name()))
            .findFirst()
            .ifPresent(f -> list.setSelectedValue(f, true));
      }
    } finally {
      refilling = false;
    }
  }

  private void toggleFavourite() {
    StartableFlow f = list.getSelectedValue();
    if (f != null) {
      favouritesChanged.accept(flows.toggleFavourite(f.name()));
      filter();
    }
  }

  /** Two lines per flow: ★ name, then description, time by hand and the robot's average. */
  private final class Renderer extends DefaultListCellRenderer {
    @Override
    public Component getListCellRendererComponent(
        JList<?> l, Object value, int index, boolean selected, boolean focus) {
      StartableFlow f = (StartableFlow) value;
      String robot =
          f.robotSecondsPerRun() == null
              ? Texts.get("flows.noRobotYet")
              : Eta.format(
                  Duration.ofMillis((long) (f.robotSecondsPerRun() * 1000)), Texts.english());
      String text =
          "<html><b>"
              + (flows.isFavourite(f.name()) ? "★ " : "")
              + esc(f.name())
              + "</b><br>"
              + esc(f.description())
              + "<br><font color='#777777'>"
              + esc(Texts.get("flows.times", fmt(f.manualMinutesPerItem()), robot))
              + "</font></html>";
      super.getListCellRendererComponent(l, text, index, selected, focus);
      setBorder(javax.swing.BorderFactory.createEmptyBorder(6, 6, 6, 6));
      return this;
    }
  }

  private static String fmt(double minutes) {
    return minutes == Math.rint(minutes) ? String.valueOf((long) minutes) : String.valueOf(minutes);
  }

  private static String esc(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;");
  }
}
