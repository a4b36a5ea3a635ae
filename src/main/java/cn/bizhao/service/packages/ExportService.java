package cn.bizhao.service.packages;

import cn.bizhao.documents.batch.BatchList;
import cn.bizhao.documents.batch.BatchListDocument;
import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.Page;
import cn.bizhao.domain.application.StatusAction;
import cn.bizhao.domain.application.StatusMachine;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.identity.Masking;
import cn.bizhao.domain.review.Review;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.packaging.StationCredentials;
import cn.bizhao.packaging.write.ExportCancelledException;
import cn.bizhao.packaging.write.ExportMonitor;
import cn.bizhao.packaging.write.ExportTarget;
import cn.bizhao.packaging.write.PackageContent;
import cn.bizhao.packaging.write.PackageWriter;
import cn.bizhao.persistence.Transactions;
import cn.bizhao.persistence.application.ApplicationMapper;
import cn.bizhao.persistence.packages.PackageMapper;
import cn.bizhao.service.audit.AuditTrail;
import cn.bizhao.service.document.DocumentService;
import cn.bizhao.service.file.FileStore;
import cn.bizhao.service.intake.IntakeService;
import cn.bizhao.service.review.ReviewRecords;
import cn.bizhao.service.station.StationInfo;
import cn.bizhao.service.station.StationService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 导出报送包: one signed package per application and a batch list, all or nothing. Everything is
 * written into a hidden staging folder inside the chosen folder first; only when every package
 * and the list are complete are they renamed into place, and only then are the status changes
 * and the audit records committed, in one transaction. A cancelled or failed export therefore
 * leaves no package, no list and no status change; if the transaction fails after the renames,
 * the renamed files are removed again.
 */
public final class ExportService {
    private static final Logger LOG = LoggerFactory.getLogger(ExportService.class);
    private static final String STAGING_PREFIX = ".bizhao-export-";

    private final Transactions transactions;
    private final IntakeService intake;
    private final DocumentService documents;
    private final FileStore files;
    private final StationService station;
    private final KeyService keys;
    private final AuditTrail audit;
    private final Clock clock;
    private final BatchListDocument batchDocument = new BatchListDocument();

    public ExportService(Transactions transactions, IntakeService intake, DocumentService documents, FileStore files,
                         StationService station, KeyService keys, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.intake = intake;
        this.documents = documents;
        this.files = files;
        this.station = station;
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    /** The applications this user may put into this kind of package, newest first. */
    public List<Application> candidates(User user, ExportKind kind) {
        if (!kind.allowedFor(user.roles())) {
            return List.of();
        }
        return kind.statuses().stream().flatMap(status -> intake.list(status).stream())
                .filter(a -> isImported(a.id()) == kind.ofImported())
                .filter(a -> hasConclusionIfInReview(kind, a))
                .sorted(Comparator.comparing(Application::id).reversed())
                .toList();
    }

    public ExportResult export(User user, ExportRequest request, ExportProgress progress) {
        if (!request.kind().allowedFor(user.roles())) {
            throw new DomainException("packages.export.notAllowed", request.kind());
        }
        if (request.applicationIds().isEmpty()) {
            throw new DomainException("packages.export.nothingSelected");
        }
        if (!Files.isDirectory(request.folder())) {
            throw new DomainException("packages.export.noFolder", request.folder().toString());
        }
        List<Application> applications = new LinkedHashSet<>(request.applicationIds()).stream()
                .map(id -> eligible(intake.find(id), request.kind())).toList();
        StationCredentials credentials = keys.credentials();
        Optional<X509Certificate> recipient = request.recipient().map(keys::recipient);
        StationInfo info = station.info().orElseThrow();
        Path staging = io(() -> Files.createTempDirectory(request.folder(), STAGING_PREFIX));
        // renders each registration form while its scans stream; its thread (and whatever the
        // database and the fonts left in its thread-locals) ends with the export
        ExecutorService formWork = Executors.newSingleThreadExecutor(ExportService::formThread);
        try {
            Staged staged = stage(request, applications, new PackageWriter(clock, formWork), credentials, recipient,
                    info, user, staging, progress);
            return publish(user, request, staged, info);
        } finally {
            formWork.shutdown();
            deleteTree(staging);
        }
    }

    private Application eligible(Application application, ExportKind kind) {
        if (!kind.statuses().contains(application.status())) {
            throw new DomainException("packages.export.wrongStatus", application.acceptanceNo(), application.status(), kind);
        }
        if (isImported(application.id()) != kind.ofImported()) {
            throw new DomainException(kind.ofImported() ? "packages.export.notImported" : "packages.export.imported",
                    application.acceptanceNo());
        }
        if (!hasConclusionIfInReview(kind, application)) {
            throw new DomainException("packages.export.noConclusion", application.acceptanceNo());
        }
        return application;
    }

    /** A review result of an application still in review says something only once the reviewer has concluded. */
    private boolean hasConclusionIfInReview(ExportKind kind, Application application) {
        return kind != ExportKind.REVIEW_RESULT || application.status() != ApplicationStatus.IN_REVIEW
                || review(application.id()).awaitsSupervisor();
    }

    private Review review(long applicationId) {
        return transactions.inTransaction(uow -> ReviewRecords.of(uow, applicationId));
    }

    private boolean isImported(long applicationId) {
        return originRecordId(applicationId).isPresent();
    }

    private Optional<Long> originRecordId(long applicationId) {
        return Optional.ofNullable(transactions.inTransaction(
                uow -> uow.mapper(PackageMapper.class).originRecordId(applicationId)));
    }

    private record Staged(List<Application> applications, List<Path> packages, BatchList list, Path csv, Path pdf) {
    }

    private static Thread formThread(Runnable task) {
        Thread thread = new Thread(task, "bizhao-export-form");
        thread.setDaemon(true);
        return thread;
    }

    private Staged stage(ExportRequest request, List<Application> applications, PackageWriter writer,
                         StationCredentials credentials, Optional<X509Certificate> recipient, StationInfo info,
                         User user, Path staging, ExportProgress progress) {
        long total = applications.stream().flatMap(a -> a.materials().stream()).flatMap(m -> m.pages().stream())
                .mapToLong(Page::size).sum();
        ExportTarget target = recipient.map(r -> ExportTarget.encrypted(staging, r)).orElse(ExportTarget.plain(staging));
        List<Path> written = new ArrayList<>();
        long done = 0;
        for (Application application : applications) {
            if (progress.isCancelled()) {
                throw new ExportCancelledException();
            }
            long before = done;
            ExportMonitor monitor = new ExportMonitor() {
                @Override
                public void progress(long scanBytesDone, long scanBytesTotal) {
                    progress.progress(before + scanBytesDone, total);
                }

                @Override
                public boolean isCancelled() {
                    return progress.isCancelled();
                }
            };
            written.add(io(() -> writer.write(content(request.kind(), application, info), credentials, target, monitor)));
            done += application.materials().stream().flatMap(m -> m.pages().stream()).mapToLong(Page::size).sum();
        }
        if (progress.isCancelled()) {
            throw new ExportCancelledException();
        }
        BatchList list = batchList(request.kind(), applications, written, info, user);
        String name = batchName(request.kind());
        Path csv = io(() -> Files.write(staging.resolve(name + ".csv"), BatchCsv.bytes(list)));
        Path pdf = io(() -> Files.write(staging.resolve(name + ".pdf"), batchDocument.render(list)));
        progress.progress(total, total);
        return new Staged(applications, written, list, csv, pdf);
    }

    /**
     * What goes into the package; a review result carries the sending station's record number back,
     * a submission and a review result the institution's review.
     */
    private PackageContent content(ExportKind kind, Application application, StationInfo info) {
        Application shipped = application;
        if (kind.ofImported()) {
            long origin = originRecordId(application.id()).orElseThrow();
            shipped = new Application(origin, application.acceptanceNo(), application.status(), application.applicant(),
                    application.certificate(), application.photoSha256(), application.materials(), application.clerk(),
                    application.createdAt(), application.acceptedAt());
        }
        long localId = application.id();
        Optional<Review> review = kind.carriesReview() ? Optional.of(review(localId)) : Optional.empty();
        PackageContent.Extras extras = kind == ExportKind.SUBMISSION
                ? SubmissionVersions.extras(transactions.inTransaction(uow -> SubmissionVersions.next(uow, localId)))
                : PackageContent.Extras.NONE;
        return new PackageContent(kind.packageType(), info.institutionName(), shipped,
                () -> new ByteArrayInputStream(documents.registrationForm(localId)),
                // the writer hashes every file as it streams it and stops on a difference
                () -> files.openForCheckedCopy(application.photoSha256()),
                page -> files.openForCheckedCopy(page.sha256()), review, extras);
    }

    /** Renames everything into place, then commits status changes and audit records together. */
    private ExportResult publish(User user, ExportRequest request, Staged staged, StationInfo info) {
        List<Path> moved = new ArrayList<>();
        try {
            List<Path> packages = new ArrayList<>();
            for (Path file : staged.packages()) {
                packages.add(moveIntoPlace(file, request.folder(), moved));
            }
            Path csv = moveIntoPlace(staged.csv(), request.folder(), moved);
            Path pdf = moveIntoPlace(staged.pdf(), request.folder(), moved);
            List<ExportResult.Exported> exported = commit(user, request.kind(), staged.applications(), packages, info);
            LOG.info("exported {} {} package(s)", exported.size(), request.kind());
            return new ExportResult(exported, csv, pdf);
        } catch (RuntimeException e) {
            moved.forEach(ExportService::deleteQuietly);
            throw e;
        }
    }

    private List<ExportResult.Exported> commit(User user, ExportKind kind, List<Application> applications,
                                               List<Path> packages, StationInfo info) {
        return transactions.inTransaction(uow -> {
            List<ExportResult.Exported> exported = new ArrayList<>();
            for (int i = 0; i < applications.size(); i++) {
                Application application = applications.get(i);
                Path file = packages.get(i);
                ApplicationStatus after = statusAfter(kind, application.status());
                if (after != application.status()) {
                    if (uow.mapper(ApplicationMapper.class).updateStatus(application.id(), application.status(), after,
                            clock.instant()) != 1) {
                        throw new DomainException("error.intake.changedMeanwhile");
                    }
                    audit.record(uow, user.login(), AuditAction.STATUS_CHANGED, application.id(),
                            application.status() + "->" + after + " " + kind.packageType().label());
                }
                String version = "";
                if (kind == ExportKind.SUBMISSION) {
                    version = " version " + SubmissionVersions.record(uow, application.id(), null,
                            info.institutionName(), user.login(), clock.instant());
                }
                audit.record(uow, user.login(), AuditAction.PACKAGE_EXPORTED, application.id(),
                        kind.packageType().label() + " " + file.getFileName() + version);
                exported.add(new ExportResult.Exported(application.id(), application.acceptanceNo(), file,
                        io(() -> Files.size(file)), after));
            }
            return exported;
        });
    }

    /** 报送 moves APPROVED to SUBMITTED; sending an accepted application to a reviewer starts its review. */
    static ApplicationStatus statusAfter(ExportKind kind, ApplicationStatus status) {
        return switch (kind) {
            case SUBMISSION -> StatusMachine.apply(status, StatusAction.SUBMIT);
            case REVIEW -> StatusMachine.next(status, StatusAction.START_REVIEW).orElse(status);
            case REVIEW_RESULT -> status;
        };
    }

    private BatchList batchList(ExportKind kind, List<Application> applications, List<Path> packages, StationInfo info,
                                User user) {
        Messages official = Messages.chinese();
        List<BatchList.Row> rows = new ArrayList<>();
        for (int i = 0; i < applications.size(); i++) {
            Application a = applications.get(i);
            Path file = packages.get(i);
            String mapped = a.certificate().catalogMapping() == null ? "" : official.get("packages.batch.mapped",
                    a.certificate().catalogMapping().entry().occupation(), a.certificate().catalogMapping().entry().level());
            rows.add(new BatchList.Row(i + 1, a.acceptanceNo(), a.applicant().name(),
                    Masking.maskDocumentNumber(a.applicant().idNumber()), mapped,
                    file.getFileName().toString(), io(() -> Files.size(file))));
        }
        return new BatchList(info.institutionName(), info.stationName(), official.of(kind),
                LocalDateTime.now(clock), user.displayName(), rows);
    }

    private String batchName(ExportKind kind) {
        LocalDateTime now = LocalDateTime.now(clock);
        return String.format(Locale.ROOT, "batch-%s-%04d%02d%02d-%02d%02d%02d", kind.packageType().label(),
                now.getYear(), now.getMonthValue(), now.getDayOfMonth(), now.getHour(), now.getMinute(), now.getSecond());
    }

    private static Path moveIntoPlace(Path staged, Path folder, List<Path> moved) {
        Path target = folder.resolve(staged.getFileName().toString());
        io(() -> Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING));
        moved.add(target);
        return target;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not remove {} after a failed export", file, e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(ExportService::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("could not remove the staging folder {}", root, e);
        }
    }

    @FunctionalInterface
    private interface IoWork<T> {
        T get() throws IOException;
    }

    private static <T> T io(IoWork<T> work) {
        try {
            return work.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
