package org.vaeexplorer.cli;

import org.vaeexplorer.model.VaeConfig;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.stream.Collectors;

/**
 * Defaults of the hyperparameter options, read from {@link VaeConfig#defaults()} so the help text and the
 * app cannot disagree about them.
 */
final class ConfigDefaults implements IDefaultValueProvider {

    @Override
    public String defaultValue(ArgSpec argSpec) {
        if (!(argSpec instanceof OptionSpec option)) {
            return null;
        }
        VaeConfig d = VaeConfig.defaults();
        return switch (option.longestName()) {
            case "--arch" -> d.architecture().cliName();
            case "--latent" -> Integer.toString(d.latentSize());
            case "--hidden" -> d.hiddenSizes().stream().map(String::valueOf).collect(Collectors.joining(","));
            case "--epochs" -> Integer.toString(d.epochs());
            case "--batch" -> Integer.toString(d.batchSize());
            case "--lr" -> Double.toString(d.learningRate());
            case "--beta" -> Double.toString(d.beta());
            case "--warmup-epochs" -> Double.toString(d.warmupEpochs());
            case "--seed" -> Long.toString(d.seed());
            default -> null;
        };
    }
}
