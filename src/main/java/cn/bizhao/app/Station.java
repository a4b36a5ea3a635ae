package cn.bizhao.app;

import cn.bizhao.capture.camera.CameraChooser;
import cn.bizhao.documents.print.DocumentPrinter;
import cn.bizhao.domain.StationTime;
import cn.bizhao.domain.identity.IdDocumentValidator;
import cn.bizhao.domain.statistics.CityMatcher;
import cn.bizhao.i18n.Messages;
import cn.bizhao.persistence.Database;
import cn.bizhao.persistence.DatabaseSettings;
import cn.bizhao.persistence.DatabaseSettingsException;
import cn.bizhao.persistence.Engine;
import cn.bizhao.persistence.ServerLogin;
import cn.bizhao.persistence.Transactions;
import cn.bizhao.persistence.catalog.ShippedCatalogs;
import cn.bizhao.security.bootkey.BootKeyStore;
import cn.bizhao.security.bootkey.DatabasePasswordStore;
import cn.bizhao.security.password.PasswordHasher;
import cn.bizhao.service.Services;
import cn.bizhao.service.account.AccountService;
import cn.bizhao.service.account.SessionPolicy;
import cn.bizhao.service.account.UserAdministration;
import cn.bizhao.service.application.ApplicationSearchService;
import cn.bizhao.service.audit.AuditTrail;
import cn.bizhao.service.backup.BackupService;
import cn.bizhao.service.backup.BackupSources;
import cn.bizhao.service.capture.CaptureService;
import cn.bizhao.service.document.DocumentService;
import cn.bizhao.service.document.PrintService;
import cn.bizhao.service.catalog.CatalogService;
import cn.bizhao.service.change.ChangeTracker;
import cn.bizhao.service.certificate.CertificateService;
import cn.bizhao.service.certificate.RevocationService;
import cn.bizhao.service.department.DecisionService;
import cn.bizhao.service.department.DepartmentServices;
import cn.bizhao.service.review.CorrectionService;
import cn.bizhao.service.file.FileStore;
import cn.bizhao.service.intake.IntakeRules;
import cn.bizhao.service.intake.IntakeService;
import cn.bizhao.service.packages.ExportService;
import cn.bizhao.service.packages.ImportService;
import cn.bizhao.service.packages.KeyService;
import cn.bizhao.service.packages.VerifyService;
import cn.bizhao.service.review.ReviewService;
import cn.bizhao.service.review.SupervisionService;
import cn.bizhao.service.station.DatabaseStatus;
import cn.bizhao.service.station.LocalWorkstation;
import cn.bizhao.service.station.StationInfo;
import cn.bizhao.service.station.StationService;
import cn.bizhao.service.station.WorkstationService;
import cn.bizhao.service.statistics.ShippedCities;
import cn.bizhao.service.statistics.StatisticsService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Supplier;

/** The composition root: builds the services of a station from its data home. */
public final class Station {
    /** Guangxi keeps China Standard Time: years of acceptance numbers and birth dates are counted in it. */
    static final ZoneId CHINA = StationTime.ZONE;

    private Station() {
    }

    public static Services open(DataHome home) {
        Database database = database(home);
        try {
            Transactions transactions = database.transactions();
            Clock clock = Clock.system(CHINA);
            CatalogService catalog = new CatalogService(transactions);
            catalog.loadShipped(new ShippedCatalogs(level -> Messages.chinese().of(level)).all());
            WorkstationService workstations = new WorkstationService(transactions,
                    new LocalWorkstation(home.workstation()), clock, programVersion());
            StationService station = new StationService(transactions, workstations);
            Supplier<StationInfo> stationInfo = () -> station.info().orElseThrow();
            AuditTrail audit = new AuditTrail(transactions, clock, workstations::auditName);
            workstations.auditWith(audit);
            workstations.register();
            ChangeTracker changes = new ChangeTracker(transactions, clock);
            FileStore files = new FileStore(transactions);
            IntakeService intake = new IntakeService(transactions, catalog, files, audit,
                    new IntakeRules(new IdDocumentValidator(clock), stationInfo, CHINA), changes, clock);
            DocumentService documents = new DocumentService(transactions, intake, files, station, audit, clock);
            PasswordHasher hasher = new PasswordHasher();
            KeyService keys = new KeyService(transactions, home.stationKeys(), home.trustList(), station, audit,
                    new SecureRandom(), clock);
            RevocationService revocations = new RevocationService(transactions, audit, clock);
            return new Services(home.root().toString(), catalog, new AccountService(transactions, hasher, clock, audit,
                    station, workstations),
                    station, audit, intake, documents, new UserAdministration(transactions, hasher, clock, audit),
                    new SessionPolicy(transactions), keys,
                    new ExportService(transactions, intake, documents, files, station, keys, audit, clock),
                    VerifyService.forStation(keys),
                    new ImportService(transactions, catalog, files, keys, audit, home.work(), clock),
                    new StatisticsService(transactions, new CityMatcher(ShippedCities.guangxi()), clock),
                    new PrintService(audit, new DocumentPrinter()),
                    new CaptureService(transactions, station, audit, new CameraChooser()),
                    new ReviewService(transactions, files, audit, changes, clock),
                    new SupervisionService(transactions, files, audit, clock),
                    new CertificateService(transactions, station, audit, clock),
                    new ApplicationSearchService(transactions, audit, clock),
                    new BackupService(transactions, station, audit, clock, new BackupSources(home.root(), home.database(),
                            home.bootKey(), home.stationKeys(), home.trustList())),
                    new DepartmentServices(new DecisionService(transactions, intake, documents, files, station, keys,
                            audit, revocations, clock), new CorrectionService(transactions, files, audit, clock),
                            revocations),
                    new DatabaseStatus(database.engine().databaseId(), database.location(), database.schemaVersion()),
                    workstations, changes, database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The embedded database, or the institution's server when the data home's settings say so. */
    static Database database(DataHome home) {
        DatabaseSettings settings = DatabaseSettings.read(home.databaseSettings());
        if (settings.engine() == Engine.DERBY) {
            return Database.open(home.database(), bootKey(home));
        }
        String bootKey = new BootKeyStore(home.bootKey()).read()
                .orElseThrow(() -> new DatabaseSettingsException("error.database.loginMissing", home.databasePassword()));
        String password = new DatabasePasswordStore(home.databasePassword()).read(bootKey)
                .orElseThrow(() -> new DatabaseSettingsException("error.database.loginMissing", home.databasePassword()));
        return Database.connect(settings.login(password));
    }

    /**
     * Makes this data home a station of the institution's server database: the address, login and CA
     * go into its settings file, the password encrypted beside the boot key (made now if the home has
     * none). The next {@link #open} connects there; nothing is moved.
     */
    public static void useServer(DataHome home, ServerLogin login) {
        BootKeyStore keys = new BootKeyStore(home.bootKey());
        String bootKey = keys.read().orElseGet(keys::create);
        new DatabasePasswordStore(home.databasePassword()).store(login.password(), bootKey);
        DatabaseSettings.server(login.url(), login.user(), login.caFile()).write(home.databaseSettings());
    }

    /** The version written into the jar's manifest by the build ("dev" when run from the classes). */
    private static String programVersion() {
        String version = Station.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
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
