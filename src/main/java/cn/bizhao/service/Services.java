package cn.bizhao.service;

import cn.bizhao.service.account.AccountService;
import cn.bizhao.service.audit.AuditTrail;
import cn.bizhao.service.capture.CaptureService;
import cn.bizhao.service.catalog.CatalogService;
import cn.bizhao.service.document.DocumentService;
import cn.bizhao.service.document.PrintService;
import cn.bizhao.service.intake.IntakeService;
import cn.bizhao.service.station.StationService;

/**
 * The use cases of one open station, shared by the window and the command line. Closing it
 * closes the database.
 *
 * @param dataHome a description of where the data lives, for the status bar
 */
public record Services(String dataHome, CatalogService catalog, AccountService accounts, StationService station,
                       AuditTrail audit, IntakeService intake, DocumentService documents,
                       PrintService printing, CaptureService capture, AutoCloseable resources) implements AutoCloseable {

    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the station failed", e);
        }
    }
}
