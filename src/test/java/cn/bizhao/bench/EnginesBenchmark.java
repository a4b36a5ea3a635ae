package cn.bizhao.bench;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.user.User;
import cn.bizhao.persistence.ServerLogin;
import cn.bizhao.service.Services;
import cn.bizhao.service.account.FirstAdministrator;
import cn.bizhao.service.application.ApplicationQuery;
import cn.bizhao.service.intake.PageUpload;
import cn.bizhao.service.review.ReviewFilter;
import cn.bizhao.testing.IntakeFixtures;
import cn.bizhao.testing.PostgresTestServer;
import cn.bizhao.testing.TestEngine;
import cn.bizhao.testing.TestStation;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The figures of issue 11 on the engine of {@code -Dbizhao.test.engine} ({@code derby} or
 * {@code postgresql}, a private test server): with many applications (default 100 000,
 * {@code -Dbench.applications=N}) the median of 申请查询 (newest 200, a name part) and of the
 * reviewer's worklist, then the time one counter waits for each acceptance while three others accept
 * at the same moment (on PostgreSQL four stations with their own pools; Derby is one process, so
 * there four threads of one station). Prints figures; asserts nothing.
 *
 * <pre>
 * mvn -q -o -DskipTests test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:exec \
 *     -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-Dbizhao.test.engine=postgresql -Dlogback.configurationFile=bench-logback.xml -cp %classpath cn.bizhao.bench.EnginesBenchmark"
 * </pre>
 */
public final class EnginesBenchmark {
    private static final int RUNS = 15;
    private static final int COUNTERS = 4;
    private static final int ACCEPTANCES = 40;
    private static final byte[] PHOTO = IntakeFixtures.jpeg(384, 480, Color.WHITE);
    private static final byte[] PAGE = IntakeFixtures.jpeg(600, 800, Color.LIGHT_GRAY);

    private EnginesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("bench.applications", 100_000);
        Path home = Files.createTempDirectory("bizhao-bench-engines");
        List<Services> counters = new ArrayList<>();
        try {
            ServerLogin institution = TestEngine.onServer() ? PostgresTestServer.get().newDatabase() : null;
            for (int i = 0; i < (institution == null ? 1 : COUNTERS); i++) {
                Path folder = home.resolve("counter-" + i);
                counters.add(institution == null ? TestStation.open(folder) : TestStation.onServer(folder, institution));
            }
            Services first = counters.get(0);
            first.accounts().createFirstAdministrator(new FirstAdministrator(TestStation.ADMIN, "测试管理员",
                    TestStation.PASSWORD.toCharArray(), TestStation.PASSWORD.toCharArray(), TestStation.STATION));
            User admin = login(first);
            System.out.printf("engine %s (%s)%n", first.database().engine(), first.database().location());
            long started = System.nanoTime();
            SearchBenchmark.fill(first, count);
            if (institution != null) {
                analyze(institution);
            }
            System.out.printf("%d applications written in %d s%n", count, (System.nanoTime() - started) / 1_000_000_000);
            median("申请查询 newest 200, all counted", () -> first.applications().search(admin, ApplicationQuery.newest(200)).total());
            median("申请查询 name part, newest 200", () -> first.applications()
                    .search(admin, ApplicationQuery.newest(200).withName("阮测试12")).total());
            median("reviewer's worklist (whole)", () -> first.review().worklist(admin, ReviewFilter.reviewerDefault()).size());
            acceptWhileOthersAccept(counters);
        } finally {
            counters.forEach(Services::close);
        }
    }

    private static User login(Services station) {
        return station.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
    }

    /** A real server has statistics on its tables; a bulk load just made has none until autovacuum comes by. */
    private static void analyze(ServerLogin institution) throws Exception {
        try (Connection connection = PostgresTestServer.get().connect(institution);
             Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
    }

    private static void median(String what, Supplier<Integer> search) {
        long[] millis = new long[RUNS];
        int found = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            found = search.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("%-36s median %5d ms, slowest %5d ms (%d found)%n", what, millis[RUNS / 2], millis[RUNS - 1], found);
    }

    private static void acceptWhileOthersAccept(List<Services> stations) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(COUNTERS);
        try {
            List<Future<List<Long>>> prepared = new ArrayList<>();
            for (int i = 0; i < COUNTERS; i++) {
                Services station = stations.get(i % stations.size());
                prepared.add(pool.submit(() -> drafts(station)));
            }
            CountDownLatch start = new CountDownLatch(1);
            List<Future<long[]>> accepting = new ArrayList<>();
            for (int i = 0; i < COUNTERS; i++) {
                Services station = stations.get(i % stations.size());
                List<Long> drafts = prepared.get(i).get();
                accepting.add(pool.submit(() -> {
                    User clerk = login(station);
                    long[] millis = new long[drafts.size()];
                    start.await();
                    for (int n = 0; n < drafts.size(); n++) {
                        long begin = System.nanoTime();
                        station.intake().accept(clerk, drafts.get(n), true);
                        millis[n] = (System.nanoTime() - begin) / 1_000_000;
                    }
                    return millis;
                }));
            }
            start.countDown();
            long[] measured = accepting.get(0).get();
            for (Future<long[]> other : accepting) {
                other.get();
            }
            Arrays.sort(measured);
            System.out.printf("acceptance while 3 other %s accept: median %d ms, 95%% %d ms, slowest %d ms (%d each)%n",
                    stations.size() > 1 ? "stations" : "threads of the station", measured[measured.length / 2],
                    measured[measured.length * 95 / 100], measured[measured.length - 1], measured.length);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Long> drafts(Services station) {
        User clerk = login(station);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < ACCEPTANCES; i++) {
            Application draft = station.intake().startDraft(clerk);
            station.intake().saveForm(clerk, draft.id(), IntakeFixtures.employeeNamed("基准测试" + i),
                    IntakeFixtures.vietnameseElectrician());
            station.intake().compare(clerk, draft.id(), "越南", "电工", "四级");
            station.intake().setPhoto(clerk, draft.id(), PHOTO);
            for (MaterialKind kind : List.of(MaterialKind.ID_DOCUMENT, MaterialKind.OVERSEAS_CERTIFICATE,
                    MaterialKind.LABOUR_CONTRACT)) {
                station.intake().addPage(clerk, draft.id(), kind, new PageUpload(PAGE, "image/jpeg"));
            }
            ids.add(draft.id());
        }
        return ids;
    }
}
