package cn.bizhao.ui.intake;

import cn.bizhao.domain.application.Applicant;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.testing.CameraFolder;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.common.Debouncer;
import cn.bizhao.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A station, its clerk, a folder camera and a wizard view model on them, for plain JUnit tests. */
final class WizardFixture implements AutoCloseable {
    final Services services;
    final User clerk;
    final RecordingDialogs dialogs = new RecordingDialogs();
    final ManualDebouncer autosave = new ManualDebouncer();
    final List<Application> opened = new ArrayList<>();
    int workbenchVisits;
    int newIntakes;

    WizardFixture(Path home, Path camera) {
        services = TestStation.withAdministrator(home);
        clerk = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
        services.capture().setCameraSetting(clerk, CameraFolder.fill(camera, CameraFolder.ONE_INTAKE));
    }

    /** A wizard whose autosave waits for {@link #autosave}; everything else runs at once. */
    IntakeWizardViewModel wizard() {
        List<Boolean> first = new ArrayList<>();
        return new IntakeWizardViewModel(new IntakeContext(services.intake(), services.catalog(), services.capture(),
                services.documents(), services.printing(), clerk, TaskRunner.direct(), () -> {
                    first.add(true);
                    return first.size() == 1 ? autosave : Debouncer.immediate();
                }, dialogs, Messages.chinese()), new IntakeExits() {
                    @Override
                    public void openExisting(Application existing) {
                        opened.add(existing);
                    }

                    @Override
                    public void toWorkbench() {
                        workbenchVisits++;
                    }

                    @Override
                    public void startNew() {
                        newIntakes++;
                    }
                });
    }

    /** Types an applicant into the form, field by field, as the clerk would. */
    static void type(ApplicantFormViewModel form, Applicant a) {
        form.categoryProperty().set(a.category());
        form.nameProperty().set(a.name());
        form.nationalityProperty().set(a.nationality());
        form.educationProperty().set(a.education());
        form.schoolAndMajorProperty().set(a.schoolAndMajor());
        form.idTypeProperty().set(a.idType());
        form.idNumberProperty().set(a.idNumber());
        form.genderProperty().set(a.gender());
        form.employerProperty().set(a.employer());
        form.creditCodeProperty().set(a.employerCreditCode());
        form.addressProperty().set(a.address());
        form.phoneProperty().set(a.phone());
        form.occupationProperty().set(a.currentOccupation());
        form.yearsProperty().set(a.yearsInOccupation() == null ? "" : a.yearsInOccupation().toString());
    }

    /** Types the Vietnamese electrician's certificate and chooses its catalogue row. */
    static void typeVietnameseElectrician(CertificateFormViewModel form) {
        form.nameProperty().set("电工职业技能证书");
        form.projectProperty().set("电工");
        form.levelProperty().set("四级");
        form.issuerProperty().set("越南 示例职业技能评价中心");
        form.numberProperty().set("VN-2023-000123");
        form.regionProperty().set("越南");
        form.catalogProjectProperty().set("电工");
        form.catalogLevelProperty().set("四级");
    }

    Path cameraFile(Path camera, int index) {
        return CameraFolder.files(camera).get(index);
    }

    @Override
    public void close() {
        services.close();
    }
}
