package cn.bizhao.service.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.user.User;
import cn.bizhao.persistence.ServerLogin;
import cn.bizhao.service.Services;
import cn.bizhao.service.account.FirstAdministrator;
import cn.bizhao.testing.IntakeFixtures;
import cn.bizhao.testing.PostgresTestServer;
import cn.bizhao.testing.TestStation;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four counters of one institution (four stations, each with its own services and connection pool)
 * on one PostgreSQL database accept 250 applications each at the same moment.
 */
class ConcurrentCountersServerTest {
    private static final int STATIONS = 4;
    private static final int EACH = 250;
    private static final byte[] PHOTO = IntakeFixtures.jpeg(384, 480, Color.WHITE);
    private static final byte[] PAGE = IntakeFixtures.jpeg(600, 800, Color.LIGHT_GRAY);

    @TempDir
    Path folder;

    private final List<Services> stations = new ArrayList<>();

    @AfterEach
    void close() {
        stations.forEach(Services::close);
    }

    @Test
    void fourCountersAcceptingAtOnceGiveOneGaplessSeriesAndOneAuditChain() throws Exception {
        ServerLogin institution = PostgresTestServer.get().newDatabase();
        for (int i = 0; i < STATIONS; i++) {
            stations.add(TestStation.onServer(folder.resolve("counter-" + i), institution));
        }
        stations.get(0).accounts().createFirstAdministrator(new FirstAdministrator(TestStation.ADMIN, "测试管理员",
                TestStation.PASSWORD.toCharArray(), TestStation.PASSWORD.toCharArray(), TestStation.STATION));
        ExecutorService counters = Executors.newFixedThreadPool(STATIONS);
        try {
            List<List<Long>> drafts = all(counters, IntStream.range(0, STATIONS)
                    .mapToObj(i -> (Callable<List<Long>>) () -> drafts(stations.get(i))).toList());
            CountDownLatch start = new CountDownLatch(1);
            List<List<String>> numbers = all(counters, IntStream.range(0, STATIONS)
                    .mapToObj(i -> (Callable<List<String>>) () -> {
                        Services station = stations.get(i);
                        User clerk = clerk(station);
                        start.await();
                        List<String> given = new ArrayList<>();
                        for (long id : drafts.get(i)) {
                            given.add(station.intake().accept(clerk, id, true).acceptanceNo());
                        }
                        return given;
                    }).toList(), start);

            List<Integer> sequence = new ArrayList<>();
            numbers.forEach(station -> station.forEach(number ->
                    sequence.add(Integer.parseInt(number.substring(number.lastIndexOf('-') + 1)))));
            Collections.sort(sequence);
            assertThat(sequence).isEqualTo(IntStream.rangeClosed(1, STATIONS * EACH).boxed().toList());
            assertThat(numbers).allSatisfy(station -> assertThat(station).hasSize(EACH));
            assertThat(stations.get(3).audit().verify()).isEmpty();
        } finally {
            counters.shutdownNow();
        }
    }

    private static User clerk(Services station) {
        return station.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
    }

    private static List<Long> drafts(Services station) {
        User clerk = clerk(station);
        IntakeService intake = station.intake();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < EACH; i++) {
            Application draft = intake.startDraft(clerk);
            intake.saveForm(clerk, draft.id(), IntakeFixtures.employeeNamed("并发测试" + i),
                    IntakeFixtures.vietnameseElectrician());
            intake.compare(clerk, draft.id(), "越南", "电工", "四级");
            intake.setPhoto(clerk, draft.id(), PHOTO);
            for (MaterialKind kind : List.of(MaterialKind.ID_DOCUMENT, MaterialKind.OVERSEAS_CERTIFICATE,
                    MaterialKind.LABOUR_CONTRACT)) {
                intake.addPage(clerk, draft.id(), kind, new PageUpload(PAGE, "image/jpeg"));
            }
            ids.add(draft.id());
        }
        return ids;
    }

    /** Runs the tasks together (released by {@code start} when given) and returns their results; any error fails the test. */
    private static <T> List<T> all(ExecutorService pool, List<Callable<T>> tasks, CountDownLatch... start) throws Exception {
        List<Future<T>> running = new ArrayList<>();
        tasks.forEach(task -> running.add(pool.submit(task)));
        for (CountDownLatch latch : start) {
            latch.countDown();
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : running) {
            results.add(future.get());
        }
        return results;
    }
}
