package cn.bizhao.ui.common;

import cn.bizhao.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a screen's FXML with the message bundle; its controller comes from the supplier given,
 * so controllers get their view models by constructor.
 */
public final class ViewLoader {
    private final Messages messages;

    public ViewLoader(Messages messages) {
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }

    public <C> Parent load(Class<C> controllerType, Supplier<C> controller) {
        String fxml = controllerType.getSimpleName().replaceFirst("View$", "") + ".fxml";
        URL location = controllerType.getResource(fxml);
        if (location == null) {
            throw new IllegalStateException("missing FXML " + controllerType.getPackageName() + "/" + fxml);
        }
        FXMLLoader loader = new FXMLLoader(location, messages.bundle());
        Map<Class<?>, Supplier<?>> factories = Map.of(controllerType, controller);
        loader.setControllerFactory(type -> {
            Supplier<?> factory = factories.get(type);
            if (factory == null) {
                throw new IllegalStateException("no controller factory for " + type.getName());
            }
            return factory.get();
        });
        try {
            Parent root = loader.load();
            ReadableControls.apply(root, messages);
            // Bidirectional bindings hold the view model only weakly: the screen's root keeps its
            // controller (and so the view model) alive for as long as the screen is shown.
            root.getProperties().put(ViewLoader.class, loader.getController());
            WholeText.apply(root);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
