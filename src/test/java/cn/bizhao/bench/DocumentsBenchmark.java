package cn.bizhao.bench;

import cn.bizhao.documents.Samples;
import cn.bizhao.documents.form.RegistrationFormDocument;
import cn.bizhao.domain.form.RegistrationForm;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * Measures producing the filled registration form: the first one in a fresh process (class
 * loading and reading the bundled fonts included), the warm median, and the size with a photo.
 * Goals (issue 4): first under 1.5 s, warm median under 150 ms, size under 300 KB.
 *
 * <p>Run in a fresh JVM, so that "first" means first:
 * <pre>
 * mvn -q -o -DskipTests test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:exec \
 *     -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-Dlogback.configurationFile=bench-logback.xml -cp %classpath cn.bizhao.bench.DocumentsBenchmark"
 * </pre>
 */
public final class DocumentsBenchmark {
    private static final int WARMUP = 15;
    private static final int MEASURED = 60;

    private DocumentsBenchmark() {
    }

    public static void main(String[] args) {
        RegistrationForm filled = Samples.filledForm();
        RegistrationForm stamped = Samples.stampedForm();

        long start = System.nanoTime();
        RegistrationFormDocument document = new RegistrationFormDocument();
        byte[] first = document.render(filled);
        double firstMs = millis(System.nanoTime() - start);
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();

        for (int i = 0; i < WARMUP; i++) {
            document.render(filled);
            document.render(stamped);
        }
        double[] filledTimes = time(document, filled);
        double[] stampedTimes = time(document, stamped);

        print("first filled form in this process", "%.0f ms (goal < 1500 ms; %d ms since JVM start)", firstMs, sinceJvmStart);
        print("filled form, warm median", "%.1f ms (goal < 150 ms; p90 %.1f ms, n=%d)",
                median(filledTimes), percentile(filledTimes, 0.9), MEASURED);
        print("stamped form, warm median", "%.1f ms (p90 %.1f ms)", median(stampedTimes), percentile(stampedTimes, 0.9));
        print("filled form size with photo", "%.1f KB (goal < 300 KB; photo %.1f KB)", first.length / 1024.0,
                filled.photoJpeg().length / 1024.0);
        print("stamped form size", "%.1f KB", document.render(stamped).length / 1024.0);
        print("blank form size", "%.1f KB", document.blank().length / 1024.0);
    }

    private static double[] time(RegistrationFormDocument document, RegistrationForm form) {
        double[] times = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long t = System.nanoTime();
            document.render(form);
            times[i] = millis(System.nanoTime() - t);
        }
        Arrays.sort(times);
        return times;
    }

    private static double median(double[] sorted) {
        return percentile(sorted, 0.5);
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static void print(String what, String format, Object... values) {
        System.out.println(String.format(Locale.ROOT, "%-36s " + format, prepend(what, values)));
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
