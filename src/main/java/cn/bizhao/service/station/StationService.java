package cn.bizhao.service.station;

import cn.bizhao.domain.DomainException;
import cn.bizhao.persistence.Transactions;
import cn.bizhao.persistence.UnitOfWork;
import cn.bizhao.persistence.station.StationSettingMapper;
import java.util.Optional;
import java.util.regex.Pattern;

/** The station's identity and settings. */
public final class StationService {
    static final String INSTITUTION_NAME = "institution.name";
    static final String INSTITUTION_CODE = "institution.code";
    static final String STATION_NAME = "station.name";
    static final String SEAL = "institution.seal.sha256";
    static final String CAMERA = "camera.setting";
    private static final Pattern INSTITUTION_CODE_FORM = Pattern.compile("[A-Z0-9]{2,12}");

    private final Transactions transactions;

    public StationService(Transactions transactions) {
        this.transactions = transactions;
    }

    public Optional<StationInfo> info() {
        return transactions.inTransaction(uow -> {
            StationSettingMapper mapper = uow.mapper(StationSettingMapper.class);
            String name = mapper.find(INSTITUTION_NAME);
            if (name == null) {
                return Optional.empty();
            }
            return Optional.of(new StationInfo(name, mapper.find(INSTITUTION_CODE), mapper.find(STATION_NAME)));
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

    /** The camera setting of this station ("webcam", "webcam:NAME" or "folder:PATH"), once chosen. */
    public Optional<String> cameraSetting() {
        return Optional.ofNullable(transactions.inTransaction(uow -> uow.mapper(StationSettingMapper.class).find(CAMERA)));
    }

    /** Remembers the camera setting within the caller's unit of work (checked by the caller). */
    public void setCameraSetting(UnitOfWork uow, String setting) {
        put(uow.mapper(StationSettingMapper.class), CAMERA, setting);
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

    /** Stores the identity within the caller's unit of work. */
    public static void save(UnitOfWork uow, StationInfo info) {
        StationSettingMapper mapper = uow.mapper(StationSettingMapper.class);
        put(mapper, INSTITUTION_NAME, info.institutionName());
        put(mapper, INSTITUTION_CODE, info.institutionCode());
        put(mapper, STATION_NAME, info.stationName());
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
