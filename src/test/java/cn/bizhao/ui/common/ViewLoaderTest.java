package cn.bizhao.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.catalog.CatalogVersion;
import cn.bizhao.i18n.Messages;
import cn.bizhao.persistence.catalog.ShippedCatalogs;
import cn.bizhao.ui.catalog.CatalogView;
import cn.bizhao.ui.catalog.CatalogViewModel;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class ViewLoaderTest {
    private static final CatalogVersion CATALOG =
            new ShippedCatalogs(level -> Messages.chinese().of(level)).all().get(0);

    @Test
    void aScreenStillAnswersItsFieldsAfterGarbageCollection() throws Exception {
        FxToolkit.registerPrimaryStage();
        Parent screen = WaitForAsyncUtils.asyncFx(() -> new ViewLoader(Messages.chinese()).load(CatalogView.class,
                () -> new CatalogView(new CatalogViewModel(CATALOG, Messages.chinese())))).get();
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(20);
        }
        TextField filter = (TextField) screen.lookup("#filterField");
        TableView<?> table = (TableView<?>) screen.lookup("#catalogTable");

        WaitForAsyncUtils.asyncFx(() -> filter.setText("越南")).get();

        assertThat(table.getItems()).hasSize(4);
    }
}
