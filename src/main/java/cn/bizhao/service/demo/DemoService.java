package cn.bizhao.service.demo;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import cn.bizhao.service.account.FirstAdministrator;
import cn.bizhao.service.station.StationInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Fills a fresh data home with the fictional demo station described in {@code resources/demo}. */
public final class DemoService {
    private static final String SETTINGS = "/demo/demo.properties";

    private final Services services;

    public DemoService(Services services) {
        this.services = services;
    }

    /** Sets up the demo station; refuses a data home that is already in use. */
    public DemoLogin fill() {
        if (!services.accounts().needsFirstAdministrator()) {
            throw new DomainException("error.demo.notFresh");
        }
        Properties demo = settings();
        String password = demo.getProperty("admin.password");
        User admin = services.accounts().createFirstAdministrator(new FirstAdministrator(demo.getProperty("admin.login"),
                demo.getProperty("admin.displayName"), password.toCharArray(), password.toCharArray(),
                new StationInfo(demo.getProperty("institution.name"), demo.getProperty("institution.code"),
                        demo.getProperty("station.name"))));
        services.documents().setSeal(admin, resource(demo.getProperty("seal")));
        services.capture().setCameraSetting(admin, "folder:" + demoCamera(demo.getProperty("camera.images")));
        return new DemoLogin(demo.getProperty("admin.login"), password);
    }

    /** A folder of the demo pictures, numbered in the order a demo intake takes them. */
    private Path demoCamera(String images) {
        Path folder = Path.of(services.dataHome()).resolve("demo-camera");
        try {
            Files.createDirectories(folder);
            String[] names = images.split(",");
            for (int i = 0; i < names.length; i++) {
                String name = names[i].strip();
                Files.write(folder.resolve(String.format("%02d-%s", i + 1, name)), resource("/demo/" + name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder.toAbsolutePath();
    }

    private static byte[] resource(String path) {
        try (InputStream in = DemoService.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties settings() {
        Properties properties = new Properties();
        try (InputStream in = DemoService.class.getResourceAsStream(SETTINGS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SETTINGS);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** How to sign in to the demo station. */
    public record DemoLogin(String login, String password) {
    }
}
