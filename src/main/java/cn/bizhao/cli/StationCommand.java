package cn.bizhao.cli;

import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A subcommand that works on the open station and writes to the command line's streams. */
public abstract class StationCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        try (Services services = root().openStation()) {
            return run(services);
        }
    }

    protected abstract int run(Services services) throws Exception;

    protected BizhaoCommand root() {
        return (BizhaoCommand) spec.root().userObject();
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    protected Messages messages() {
        return Cli.messages(spec.commandLine());
    }
}
