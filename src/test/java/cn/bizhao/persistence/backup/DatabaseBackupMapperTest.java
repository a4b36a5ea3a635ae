package cn.bizhao.persistence.backup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.persistence.Database;
import cn.bizhao.persistence.station.StationSettingMapper;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseBackupMapperTest {
    private static final String KEY = HexFormat.of().formatHex(new byte[32]).replace('0', 'c');

    @TempDir
    Path home;

    @Test
    void copiesTheOpenDatabaseIntoAFolderThatOpensWithTheSameKey() {
        Path copies = home.resolve("copies");
        try (Database db = Database.open(home.resolve("db"), KEY)) {
            db.transactions().run(uow -> uow.mapper(StationSettingMapper.class).insert("kept", "before the backup"));

            db.transactions().run(uow -> uow.mapper(DatabaseBackupMapper.class).backUpInto(copies.toString()));

            db.transactions().run(uow -> uow.mapper(StationSettingMapper.class).insert("later", "after the backup"));
        }

        try (Database copy = Database.open(copies.resolve("db"), KEY)) {
            copy.transactions().run(uow -> {
                StationSettingMapper settings = uow.mapper(StationSettingMapper.class);
                assertThat(settings.find("kept")).isEqualTo("before the backup");
                assertThat(settings.find("later")).isNull();
            });
        }
    }
}
