package cn.bizhao.persistence;

import cn.bizhao.persistence.application.ApplicationMapper;
import cn.bizhao.persistence.audit.AuditMapper;
import cn.bizhao.persistence.backup.DatabaseBackupMapper;
import cn.bizhao.persistence.catalog.CatalogMapper;
import cn.bizhao.persistence.certificate.CertificateMapper;
import cn.bizhao.persistence.change.ChangeMapper;
import cn.bizhao.persistence.department.DepartmentMapper;
import cn.bizhao.persistence.file.StoredFileMapper;
import cn.bizhao.persistence.packages.PackageMapper;
import cn.bizhao.persistence.review.ReviewMapper;
import cn.bizhao.persistence.station.StationSettingMapper;
import cn.bizhao.persistence.station.WorkstationMapper;
import cn.bizhao.persistence.statistics.StatisticsMapper;
import cn.bizhao.persistence.user.UserMapper;
import java.util.List;
import org.apache.ibatis.session.Configuration;

/** The one list of mapper interfaces; each loads its SQL from the XML of the same name beside it. */
final class Mappers {
    private static final List<Class<?>> ALL = List.of(CatalogMapper.class, UserMapper.class, StationSettingMapper.class,
            ApplicationMapper.class, StoredFileMapper.class, AuditMapper.class, PackageMapper.class,
            StatisticsMapper.class, ReviewMapper.class, CertificateMapper.class, DatabaseBackupMapper.class,
            DepartmentMapper.class, WorkstationMapper.class, ChangeMapper.class);

    private Mappers() {
    }

    static void register(Configuration configuration) {
        ALL.forEach(configuration::addMapper);
    }
}
