package dev.unspin.cli;

import dev.unspin.config.ConfigLoader;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** --config: one configuration file for every input instead of the nearest .unspin.yml. */
final class ConfigOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Read the configuration from FILE for every input (default: the nearest .unspin.yml in the"
                    + " input's folder or a folder above it).")
    Path configFile;

    ConfigLoader loader() {
        return new ConfigLoader(Optional.ofNullable(configFile));
    }
}
