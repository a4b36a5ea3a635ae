package cn.bizhao.service;

import cn.bizhao.service.account.AccountService;
import cn.bizhao.service.account.SessionPolicy;
import cn.bizhao.service.account.UserAdministration;
import cn.bizhao.service.application.ApplicationSearchService;
import cn.bizhao.service.audit.AuditTrail;
import cn.bizhao.service.backup.BackupService;
import cn.bizhao.service.capture.CaptureService;
import cn.bizhao.service.catalog.CatalogService;
import cn.bizhao.service.department.DepartmentServices;
import cn.bizhao.service.certificate.CertificateService;
import cn.bizhao.service.change.ChangeTracker;
import cn.bizhao.service.document.DocumentService;
import cn.bizhao.service.document.PrintService;
import cn.bizhao.service.intake.IntakeService;
import cn.bizhao.service.packages.ExportService;
import cn.bizhao.service.packages.ImportService;
import cn.bizhao.service.packages.KeyService;
import cn.bizhao.service.packages.VerifyService;
import cn.bizhao.service.review.ReviewService;
import cn.bizhao.service.review.SupervisionService;
import cn.bizhao.service.station.DatabaseStatus;
import cn.bizhao.service.station.StationService;
import cn.bizhao.service.station.WorkstationService;
import cn.bizhao.service.statistics.StatisticsService;

/**
 * The use cases of one open station, shared by the window and the command line. Closing it
 * closes the database.
 *
 * @param dataHome a description of where the data lives, for the status bar
 * @param database the engine, place and schema version of the station's database
 */
public record Services(String dataHome, CatalogService catalog, AccountService accounts, StationService station,
                       AuditTrail audit, IntakeService intake, DocumentService documents, UserAdministration users,
                       SessionPolicy sessions, KeyService keys, ExportService exports, VerifyService verifier,
                       ImportService imports, StatisticsService statistics, PrintService printing,
                       CaptureService capture, ReviewService review, SupervisionService supervision,
                       CertificateService certificates, ApplicationSearchService applications,
                       BackupService backups, DepartmentServices department, DatabaseStatus database,
                       WorkstationService workstations, ChangeTracker changes,
                       AutoCloseable resources) implements AutoCloseable {

    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the station failed", e);
        }
    }
}
