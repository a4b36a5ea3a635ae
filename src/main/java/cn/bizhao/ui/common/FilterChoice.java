package cn.bizhao.ui.common;

import cn.bizhao.domain.catalog.CatalogText;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;

/**
 * A choice from a list that typing narrows: a text field above the list of what still fits.
 * Leaving the field (Tab, Enter in a form, a click elsewhere) chooses the exact match, else the
 * highlighted one; text that fits nothing is kept as typed, so the screen can say why it is not
 * in the list. Works with any input method, since it reads the field's text.
 */
public final class FilterChoice extends VBox {
    private final TextField editor = new TextField();
    private final ObservableList<String> options = FXCollections.observableArrayList();
    private final FilteredList<String> fitting = new FilteredList<>(options);
    private final ListView<String> list = new ListView<>(fitting);
    private final StringProperty chosen = new SimpleStringProperty(this, "chosen");
    private boolean showingChoice;

    public FilterChoice() {
        getStyleClass().add("filter-choice");
        list.setFocusTraversable(false);
        list.setPrefHeight(112);
        getChildren().addAll(editor, list);
        editor.textProperty().addListener((obs, old, now) -> {
            if (!showingChoice) {
                narrow(now);
            }
        });
        editor.addEventFilter(KeyEvent.KEY_PRESSED, this::moveHighlight);
        editor.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit();
            }
        });
        list.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            String item = list.getSelectionModel().getSelectedItem();
            if (item != null) {
                choose(item);
            }
        });
        chosen.addListener((obs, old, now) -> show(now));
        options.addListener((javafx.collections.ListChangeListener<String>) c -> narrow(editor.getText()));
    }

    public TextField getEditor() {
        return editor;
    }

    /** What can be chosen, in order. */
    public void setOptions(List<String> values) {
        options.setAll(values);
    }

    public ObservableList<String> getOptions() {
        return options;
    }

    /** The value chosen: one of the options, or text that fits none, or null. */
    public StringProperty chosenProperty() {
        return chosen;
    }

    public void setPromptText(String prompt) {
        editor.setPromptText(prompt);
    }

    public String getPromptText() {
        return editor.getPromptText();
    }

    @Override
    public void requestFocus() {
        editor.requestFocus();
    }

    private void narrow(String typed) {
        String text = CatalogText.normalize(typed);
        boolean all = text.isEmpty() || Objects.equals(typed, chosen.get());
        fitting.setPredicate(option -> all || CatalogText.normalize(option).contains(text));
        if (!fitting.isEmpty()) {
            // the option the field names is the one highlighted, also when the whole list is shown
            int exact = -1;
            for (int i = 0; i < fitting.size() && exact < 0 && !text.isEmpty(); i++) {
                exact = CatalogText.normalize(fitting.get(i)).equals(text) ? i : -1;
            }
            list.getSelectionModel().select(exact >= 0 ? exact : 0);
            list.scrollTo(list.getSelectionModel().getSelectedIndex());
        }
    }

    private void moveHighlight(KeyEvent event) {
        if (event.getCode() == KeyCode.DOWN) {
            list.getSelectionModel().selectNext();
        } else if (event.getCode() == KeyCode.UP) {
            list.getSelectionModel().selectPrevious();
        } else {
            return;
        }
        list.scrollTo(list.getSelectionModel().getSelectedIndex());
        event.consume();
    }

    private void commit() {
        String typed = editor.getText() == null ? "" : editor.getText().strip();
        if (typed.isEmpty()) {
            choose(null);
            return;
        }
        String normal = CatalogText.normalize(typed);
        String exact = options.stream().filter(o -> CatalogText.normalize(o).equals(normal)).findFirst().orElse(null);
        String highlighted = list.getSelectionModel().getSelectedItem();
        choose(exact != null ? exact : highlighted != null && fitting.contains(highlighted) ? highlighted : typed);
    }

    private void choose(String value) {
        if (Objects.equals(value, chosen.get())) {
            show(value);
        } else {
            chosen.set(value);
        }
    }

    private void show(String value) {
        showingChoice = true;
        editor.setText(value == null ? "" : value);
        showingChoice = false;
        narrow(editor.getText());
    }
}
