package cn.bizhao.cli.demo;

import cn.bizhao.cli.ExitCode;
import cn.bizhao.cli.StationCommand;
import cn.bizhao.service.Services;
import cn.bizhao.service.demo.DemoService;
import cn.bizhao.service.demo.DepartmentDemo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bizhao demo --data-dir DIR}: a fictional station to try the program with. */
@Command(name = "demo", mixinStandardHelpOptions = true)
public final class DemoCommand extends StationCommand {
    @Option(names = "--department", descriptionKey = "cli.option.demoDepartment")
    private boolean department;

    @Override
    protected int run(Services services) {
        if (department) {
            DepartmentDemo.Logins logins = new DepartmentDemo(services).fill();
            String dataDir = root().dataDir() == null ? "" : " --data-dir " + root().dataDir();
            out().println(messages().get("cli.demo.department", services.dataHome(), logins.admin(),
                    logins.adminPassword(), String.join(", ", logins.deciders()), logins.password(), dataDir));
            return ExitCode.OK;
        }
        DemoService.DemoLogin login = new DemoService(services).fill();
        String dataDirOption = root().dataDir() == null ? "" : " --data-dir " + root().dataDir();
        out().println(messages().get("cli.demo.ready", services.dataHome(), login.login(), login.password(),
                dataDirOption));
        out().println(messages().get("cli.demo.applications", login.applications(), dataDirOption, login.login()));
        return ExitCode.OK;
    }
}
