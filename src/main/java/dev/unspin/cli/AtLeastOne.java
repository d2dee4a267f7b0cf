package dev.unspin.cli;

import picocli.CommandLine;

/**
 * Reads a count that must be at least 1 ({@code --threads}): anything lower is a usage error
 * ({@code Invalid value for option '--threads': must be at least 1, got 0}).
 */
final class AtLeastOne implements CommandLine.ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        int count;
        try {
            count = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number");
        }
        if (count < 1) {
            throw new CommandLine.TypeConversionException("must be at least 1, got " + count);
        }
        return count;
    }
}
