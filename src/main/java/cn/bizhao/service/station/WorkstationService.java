package cn.bizhao.service.station;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.TextField;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.station.Workstation;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.User;
import cn.bizhao.persistence.Transactions;
import cn.bizhao.persistence.UnitOfWork;
import cn.bizhao.persistence.station.StationSettingMapper;
import cn.bizhao.persistence.station.WorkstationMapper;
import cn.bizhao.service.account.Actors;
import cn.bizhao.service.audit.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * 工作站: each data home is one station with its own name, kept in the data home and registered in
 * the database on every start and sign-in (first and last seen, program version). The administrator
 * sees every station that has connected and may disable one: a disabled station signs nobody in.
 */
public final class WorkstationService {
    private final Transactions transactions;
    private final LocalWorkstation local;
    private final Clock clock;
    private final String programVersion;
    private AuditTrail audit;

    public WorkstationService(Transactions transactions, LocalWorkstation local, Clock clock, String programVersion) {
        this.transactions = transactions;
        this.local = local;
        this.clock = clock;
        this.programVersion = programVersion;
    }

    /** The audit trail names this station in its records, so it is built after this service. */
    public void auditWith(AuditTrail trail) {
        this.audit = trail;
    }

    /** This station's id, kept in its data home. */
    public String id() {
        return local.id();
    }

    /**
     * This station's name: the one kept in its data home, else (a data home set up before stations had
     * names of their own) the name the database kept for it, which is adopted into the data home.
     */
    public Optional<String> name() {
        Optional<String> name = local.name();
        if (name.isPresent()) {
            return name;
        }
        String legacy = transactions.inTransaction(uow -> uow.mapper(StationSettingMapper.class)
                .find(StationService.STATION_NAME));
        if (legacy == null || legacy.isBlank()) {
            return Optional.empty();
        }
        local.name(legacy);
        return Optional.of(legacy);
    }

    /** The name written in audit records: the station's name, or nothing before the first start named it. */
    public String auditName() {
        return name().orElse("");
    }

    /** Names this station (the first start, joining an institution) and registers it, in the caller's unit of work. */
    public void name(UnitOfWork uow, String name) {
        String checked = TextField.STATION_NAME.require(name.strip());
        requireNameFree(uow.mapper(WorkstationMapper.class), checked);
        local.name(checked);
        register(uow);
    }

    /** Records that this station opened the data now, with this program version. */
    public void register() {
        if (name().isPresent()) {
            transactions.run(this::register);
        }
    }

    /**
     * Registers this station in the caller's unit of work (a sign-in).
     *
     * @return false when the administrator has disabled this station: nobody signs in here
     */
    public boolean admits(UnitOfWork uow) {
        Optional<Workstation> stored = register(uow);
        return stored.isEmpty() || !stored.get().disabled();
    }

    private Optional<Workstation> register(UnitOfWork uow) {
        Optional<String> name = name();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        WorkstationMapper stations = uow.mapper(WorkstationMapper.class);
        Instant now = clock.instant();
        Workstation stored = stations.find(id());
        if (stored == null) {
            requireNameFree(stations, name.get());
            stations.insert(new Workstation(id(), name.get(), now, now, programVersion, false, null, null));
        } else {
            stations.updateSeen(id(), name.get(), now, programVersion);
        }
        return Optional.ofNullable(stations.find(id()));
    }

    private void requireNameFree(WorkstationMapper stations, String name) {
        Workstation holder = stations.findByName(name);
        if (holder != null && !holder.stationId().equals(id())) {
            throw new DomainException("error.workstation.nameTaken", name);
        }
    }

    /** Every station that has connected, the most recently seen first; for the administrator. */
    public List<Workstation> all(User admin) {
        return transactions.inTransaction(uow -> {
            Actors.require(uow, admin, Permission.ADMINISTER);
            return uow.mapper(WorkstationMapper.class).all();
        });
    }

    /** Disables a station (nobody signs in there any more) or enables it again; audited. */
    public void setDisabled(User admin, String stationId, boolean disabled) {
        transactions.run(uow -> {
            User stored = Actors.require(uow, admin, Permission.ADMINISTER);
            WorkstationMapper stations = uow.mapper(WorkstationMapper.class);
            Workstation station = stations.find(stationId);
            if (station == null) {
                throw new DomainException("error.workstation.notFound");
            }
            if (disabled && stationId.equals(id())) {
                throw new DomainException("error.workstation.ownStation");
            }
            if (station.disabled() == disabled) {
                return;
            }
            audit.record(uow, stored.login(), AuditAction.SETTINGS_CHANGED, null,
                    "workstation " + station.name() + (disabled ? " disabled" : " enabled"));
            stations.updateDisabled(stationId, disabled, disabled ? stored.login() : null,
                    disabled ? clock.instant() : null);
        });
    }

    /** The station's time zone, in which the list shows when each station was last seen. */
    public ZoneId zone() {
        return clock.getZone();
    }
}
