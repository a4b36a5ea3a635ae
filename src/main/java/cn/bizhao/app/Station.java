package cn.bizhao.app;

import cn.bizhao.i18n.Messages;
import cn.bizhao.persistence.Database;
import cn.bizhao.persistence.catalog.ShippedCatalogs;
import cn.bizhao.security.bootkey.BootKeyStore;
import cn.bizhao.security.password.PasswordHasher;
import cn.bizhao.service.Services;
import cn.bizhao.service.account.AccountService;
import cn.bizhao.service.account.SessionPolicy;
import cn.bizhao.service.account.UserAdministration;
import cn.bizhao.service.catalog.CatalogService;
import cn.bizhao.service.station.StationService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;

/** The composition root: builds the services of a station from its data home. */
public final class Station {
    private Station() {
    }

    public static Services open(DataHome home) {
        Database database = Database.open(home.database(), bootKey(home));
        try {
            CatalogService catalog = new CatalogService(database.transactions());
            catalog.loadShipped(new ShippedCatalogs(level -> Messages.chinese().of(level)).all());
            PasswordHasher hasher = new PasswordHasher();
            Clock clock = Clock.systemDefaultZone();
            return new Services(home.root().toString(), catalog,
                    new AccountService(database.transactions(), hasher, clock),
                    new StationService(database.transactions()), database,
                    new UserAdministration(database.transactions(), hasher, clock),
                    new SessionPolicy(database.transactions()));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The existing key, or a new one when the database does not exist yet. */
    private static String bootKey(DataHome home) {
        BootKeyStore keys = new BootKeyStore(home.bootKey());
        if (keys.read().isPresent()) {
            return keys.read().get();
        }
        if (Files.exists(home.database())) {
            // a database without its key cannot be opened; never make a new key over it
            return "";
        }
        try {
            Files.createDirectories(home.root());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys.create();
    }
}
