package cn.bizhao.cli;

import picocli.CommandLine.IVersionProvider;

/** The version written into the jar's manifest by the build. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = BizhaoCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Bizhao Desk " + (version == null ? "dev" : version)};
    }
}
