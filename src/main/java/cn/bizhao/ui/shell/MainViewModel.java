package cn.bizhao.ui.shell;

import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.station.StationInfo;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The main window's state: who is signed in, where, and which screen is shown. */
public final class MainViewModel {
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.WORKBENCH);
    private final User user;
    private final StationInfo station;
    private final String database;
    private final Messages messages;
    private final SessionActions session;
    private final java.util.function.Predicate<Screen> offered;

    public MainViewModel(User user, StationInfo station, String database, Messages messages, SessionActions session) {
        this(user, station, database, messages, session, screen -> true);
    }

    /** @param offered the screens this kind of station offers (the department's screen only at the department) */
    public MainViewModel(User user, StationInfo station, String database, Messages messages, SessionActions session,
                         java.util.function.Predicate<Screen> offered) {
        this.offered = offered;
        this.user = user;
        this.station = station;
        this.database = database;
        this.messages = messages;
        this.session = session;
    }

    public void changePassword() {
        session.changePassword();
    }

    public void signOut() {
        session.signOut();
    }

    public List<Screen> screens() {
        return Arrays.stream(Screen.values()).filter(s -> s.visibleTo(user.roles()) && offered.test(s)).toList();
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public String userText() {
        return messages.get("status.user", user.displayName(), user.login());
    }

    public String roleText() {
        String roles = user.roles().stream().sorted().map(Role::name)
                .map(name -> messages.get("role." + name))
                .collect(Collectors.joining(messages.get("cli.listSeparator")));
        return messages.get("status.roles", roles);
    }

    public String stationText() {
        return messages.get("status.station", station.institutionName(), station.stationName());
    }

    public String databaseText() {
        return messages.get("status.database", database);
    }
}
