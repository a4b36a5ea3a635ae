package cn.bizhao.service.demo;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import cn.bizhao.service.account.FirstAdministrator;
import cn.bizhao.service.packages.KeyAlgorithm;
import cn.bizhao.service.station.StationInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    /**
     * Sets up the demo station and takes in its fictional applications through the same services
     * as the counter, so their numbers, files and audit records are real; refuses a data home that
     * is already in use.
     */
    public DemoLogin fill() {
        if (!services.accounts().needsFirstAdministrator()) {
            throw new DomainException("error.demo.notFresh");
        }
        Properties demo = DemoResources.properties(SETTINGS);
        String password = demo.getProperty("admin.password");
        User admin = services.accounts().createFirstAdministrator(new FirstAdministrator(demo.getProperty("admin.login"),
                demo.getProperty("admin.displayName"), password.toCharArray(), password.toCharArray(),
                new StationInfo(demo.getProperty("institution.name"), demo.getProperty("institution.code"),
                        demo.getProperty("station.name"))));
        services.keys().create(admin, KeyAlgorithm.DEFAULT);
        services.documents().setSeal(admin, DemoResources.bytes(demo.getProperty("seal")));
        services.capture().setCameraSetting(admin, "folder:" + demoCamera(demo.getProperty("camera.images")));
        int applications = new DemoApplications(services.intake(), new DemoImages()).takeIn(admin);
        return new DemoLogin(demo.getProperty("admin.login"), password, applications);
    }

    /** A folder of the demo pictures, numbered in the order a demo intake takes them. */
    private Path demoCamera(String images) {
        Path folder = Path.of(services.dataHome()).resolve("demo-camera");
        try {
            Files.createDirectories(folder);
            String[] names = images.split(",");
            for (int i = 0; i < names.length; i++) {
                String name = names[i].strip();
                Files.write(folder.resolve(String.format("%02d-%s", i + 1, name)), DemoResources.bytes("/demo/" + name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder.toAbsolutePath();
    }

    /** How to sign in to the demo station, and how many applications it holds. */
    public record DemoLogin(String login, String password, int applications) {
    }
}
