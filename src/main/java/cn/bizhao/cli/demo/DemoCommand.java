package cn.bizhao.cli.demo;

import cn.bizhao.cli.ExitCode;
import cn.bizhao.cli.StationCommand;
import cn.bizhao.service.Services;
import cn.bizhao.service.demo.DemoService;
import picocli.CommandLine.Command;

/** {@code bizhao demo --data-dir DIR}: a fictional station to try the program with. */
@Command(name = "demo", mixinStandardHelpOptions = true)
public final class DemoCommand extends StationCommand {

    @Override
    protected int run(Services services) {
        DemoService.DemoLogin login = new DemoService(services).fill();
        String dataDirOption = root().dataDir() == null ? "" : " --data-dir " + root().dataDir();
        out().println(messages().get("cli.demo.ready", services.dataHome(), login.login(), login.password(),
                dataDirOption));
        out().println(messages().get("cli.demo.applications", login.applications(), dataDirOption, login.login()));
        return ExitCode.OK;
    }
}
