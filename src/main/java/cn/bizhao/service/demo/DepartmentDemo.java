package cn.bizhao.service.demo;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import cn.bizhao.service.account.FirstAdministrator;
import cn.bizhao.service.account.NewUser;
import cn.bizhao.service.packages.KeyAlgorithm;
import cn.bizhao.service.station.StationInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;

/**
 * {@code bizhao demo --department}: a fictional regional department's station with its signing key
 * and two people who may each decide and sign off the other's decisions.
 */
public final class DepartmentDemo {
    private static final String SETTINGS = "/demo/demo.properties";

    private final Services services;

    public DepartmentDemo(Services services) {
        this.services = services;
    }

    /** How to sign in: the administrator, and the two people who decide and sign off. */
    public record Logins(String admin, String adminPassword, List<String> deciders, String password) {
    }

    public Logins fill() {
        if (!services.accounts().needsFirstAdministrator()) {
            throw new DomainException("error.demo.notFresh");
        }
        Properties demo = DemoResources.properties(SETTINGS);
        String adminPassword = demo.getProperty("admin.password");
        User admin = services.accounts().createFirstAdministrator(new FirstAdministrator(demo.getProperty("admin.login"),
                demo.getProperty("department.admin.displayName"), adminPassword.toCharArray(),
                adminPassword.toCharArray(), new StationInfo(demo.getProperty("department.name"),
                        demo.getProperty("department.code"), demo.getProperty("department.station"))));
        services.keys().create(admin, KeyAlgorithm.DEFAULT);
        services.department().decisions().becomeDepartment(admin);
        String password = demo.getProperty("department.users.password");
        String initial = password + "-initial";
        List<String> logins = List.of(demo.getProperty("department.user1.login"), demo.getProperty("department.user2.login"));
        for (int i = 0; i < logins.size(); i++) {
            String login = logins.get(i);
            services.users().create(admin, new NewUser(login, demo.getProperty("department.user" + (i + 1) + ".displayName"),
                    EnumSet.of(Role.CLERK, Role.REVIEWER, Role.SUPERVISOR), initial.toCharArray(), initial.toCharArray()));
            services.accounts().changePassword(login, initial.toCharArray(), password.toCharArray(),
                    password.toCharArray());
        }
        return new Logins(demo.getProperty("admin.login"), adminPassword, logins, password);
    }
}
