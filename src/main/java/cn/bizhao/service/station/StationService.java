package cn.bizhao.service.station;

import cn.bizhao.domain.DomainException;
import cn.bizhao.persistence.Transactions;
import cn.bizhao.persistence.UnitOfWork;
import cn.bizhao.persistence.station.StationSettingMapper;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The institution's identity and settings, shared by all its stations, and the settings that stay
 * with one station (the camera), kept under the station's id.
 */
public final class StationService {
    static final String INSTITUTION_NAME = "institution.name";
    static final String INSTITUTION_CODE = "institution.code";
    static final String STATION_NAME = "station.name";
    static final String SEAL = "institution.seal.sha256";
    static final String CAMERA = "camera.setting";
    private static final Pattern INSTITUTION_CODE_FORM = Pattern.compile("[A-Z0-9]{2,12}");

    private final Transactions transactions;
    private final WorkstationService workstation;

    public StationService(Transactions transactions, WorkstationService workstation) {
        this.transactions = transactions;
        this.workstation = workstation;
    }

    public Optional<StationInfo> info() {
        return institution(transactions).map(institution -> new StationInfo(institution.institutionName(),
                institution.institutionCode(), workstation.name().orElse("")));
    }

    /** The institution the database belongs to, without any station's name (a station joining it has none yet). */
    public static Optional<StationInfo> institution(Transactions transactions) {
        return transactions.inTransaction(uow -> {
            StationSettingMapper mapper = uow.mapper(StationSettingMapper.class);
            String name = mapper.find(INSTITUTION_NAME);
            if (name == null) {
                return Optional.empty();
            }
            return Optional.of(new StationInfo(name, mapper.find(INSTITUTION_CODE), ""));
        });
    }

    /** The SHA-256 of the institution's seal image (a PNG with transparency), once configured. */
    public Optional<String> sealSha256() {
        return Optional.ofNullable(transactions.inTransaction(uow -> uow.mapper(StationSettingMapper.class).find(SEAL)));
    }

    /** Keeps the seal image in the encrypted file store and remembers which one it is. */
    public void setSeal(UnitOfWork uow, String sha256) {
        put(uow.mapper(StationSettingMapper.class), SEAL, sha256);
    }

    /**
     * The camera setting of this station ("webcam", "webcam:NAME" or "folder:PATH"), once chosen: each
     * station has its own camera, so the setting is kept under the station's id (a data home set up
     * before that still finds the one setting it had).
     */
    public Optional<String> cameraSetting() {
        String own = cameraKey();
        return Optional.ofNullable(transactions.inTransaction(uow -> {
            StationSettingMapper mapper = uow.mapper(StationSettingMapper.class);
            String setting = mapper.find(own);
            return setting != null ? setting : mapper.find(CAMERA);
        }));
    }

    /** Remembers this station's camera setting within the caller's unit of work (checked by the caller). */
    public void setCameraSetting(UnitOfWork uow, String setting) {
        put(uow.mapper(StationSettingMapper.class), cameraKey(), setting);
    }

    private String cameraKey() {
        return CAMERA + "." + workstation.id();
    }

    /** Checks the identity typed at first start; institution code: 2-12 capital letters or digits. */
    public static StationInfo checked(StationInfo info) {
        if (isBlank(info.institutionName())) {
            throw new DomainException("error.station.institutionNameRequired");
        }
        if (info.institutionCode() == null || !INSTITUTION_CODE_FORM.matcher(info.institutionCode().strip()).matches()) {
            throw new DomainException("error.station.institutionCodeForm");
        }
        if (isBlank(info.stationName())) {
            throw new DomainException("error.station.stationNameRequired");
        }
        return new StationInfo(info.institutionName().strip(), info.institutionCode().strip(), info.stationName().strip());
    }

    /**
     * Stores the identity within the caller's unit of work: the institution's in the shared settings,
     * the station's name with this station.
     */
    public void save(UnitOfWork uow, StationInfo info) {
        StationSettingMapper mapper = uow.mapper(StationSettingMapper.class);
        put(mapper, INSTITUTION_NAME, info.institutionName());
        put(mapper, INSTITUTION_CODE, info.institutionCode());
        workstation.name(uow, info.stationName());
    }

    /** Stores one named setting within the caller's unit of work. */
    public static void put(UnitOfWork uow, String name, String value) {
        put(uow.mapper(StationSettingMapper.class), name, value);
    }

    private static void put(StationSettingMapper mapper, String name, String value) {
        if (mapper.update(name, value) == 0) {
            mapper.insert(name, value);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
