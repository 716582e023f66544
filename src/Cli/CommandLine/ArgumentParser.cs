using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using RedFire.Lint.Catalog;
using RedFire.Lint.Findings;
using RedFire.Lint.Output;

namespace RedFire.Lint.Cli.CommandLine;

/// <summary>
/// Parses the command line. The first argument <c>config</c> selects the compose-config command; anything
/// else lints paths (a path literally named <c>config</c> is written <c>./config</c>). Options take their value
/// as the next argument or after '='; <c>--</c> ends the options.
/// </summary>
public static class ArgumentParser
{
    public const string ConfigCommand = "config";

    private static readonly string[] FailOnLevels = ["error", "warning", "info", "none"];

    private static readonly string[] Profiles = ["recommended", "strict", "all"];

    private static readonly Regex SeverityOverride = new(@"^(?<id>RF\d{4})=(?<level>[A-Za-z]+)$", RegexOptions.CultureInvariant);

    public static CliRequest Parse(IReadOnlyList<string> args) =>
        args.Count > 0 && args[0] == ConfigCommand ? ParseComposeConfig(args.Skip(1).ToArray()) : ParseLint(args);

    private static CliRequest ParseLint(IReadOnlyList<string> args)
    {
        var paths = new List<string>();
        var severities = new Dictionary<string, Severity>(StringComparer.Ordinal);
        var options = new LintOptions([]);
        var reader = new ArgumentReader(args);
        while (reader.Next() is { } arg)
        {
            if (reader.OptionsEnded || !IsOption(arg))
            {
                paths.Add(arg);
                continue;
            }
            switch (reader.Name)
            {
                case "-h" or "--help": return new HelpRequest();
                case "--version": return new VersionRequest();
                case "--format": options = options with { Format = OneOf(reader, ReportFormats.Names) }; break;
                case "-o" or "--output": options = options with { OutputFile = reader.Value() }; break;
                case "--config": options = options with { ConfigFile = reader.Value() }; break;
                case "--profile":
                    RuleProfiles.TryParse(OneOf(reader, Profiles), out var profile);
                    options = options with { Profile = profile };
                    break;
                case "--fail-on":
                    SeverityNames.TryParse(OneOf(reader, FailOnLevels), out var threshold);
                    options = options with { FailOn = threshold };
                    break;
                case "--severity":
                    var (id, level) = ParseSeverity(reader.Value());
                    severities[id] = level;
                    break;
                default: throw new UsageException($"unknown option '{reader.Name}'.");
            }
        }
        return options with { Paths = paths.Count > 0 ? paths : ["."], Severities = severities };
    }

    private static CliRequest ParseComposeConfig(IReadOnlyList<string> args)
    {
        var files = new List<string>();
        var options = new ComposeConfigOptions([]);
        var reader = new ArgumentReader(args);
        while (reader.Next() is { } arg)
        {
            if (reader.OptionsEnded || !IsOption(arg))
                throw new UsageException($"'config' takes no paths ('{arg}'); name compose files with -f FILE.");
            switch (reader.Name)
            {
                case "-h" or "--help": return new HelpRequest();
                case "-f" or "--file": files.Add(reader.Value()); break;
                case "--env-file": options = options with { EnvFile = reader.Value() }; break;
                case "--format": options = options with { Format = OneOf(reader, ["yaml", "json"]) }; break;
                default: throw new UsageException($"unknown option '{reader.Name}' for 'config'.");
            }
        }
        return options with { Files = files };
    }

    private static bool IsOption(string arg) => arg.Length > 1 && arg[0] == '-';

    private static string OneOf(ArgumentReader reader, IReadOnlyList<string> allowed)
    {
        var value = reader.Value();
        var match = allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase));
        return match ?? throw new UsageException($"'{value}' is not a valid value for {reader.Name} (expected {string.Join(", ", allowed)}).");
    }

    private static (string Id, Severity Level) ParseSeverity(string value)
    {
        var match = SeverityOverride.Match(value);
        if (match.Success && SeverityNames.TryParse(match.Groups["level"].Value, out var level))
        {
            var id = match.Groups["id"].Value;
            // As for a config file: a misspelt id would otherwise silently change nothing.
            if (!RuleCatalog.Default.TryGet(id, out _))
                throw new UsageException($"--severity {value}: there is no rule {id} (see the rule table in the README).");
            return (id, level);
        }
        throw new UsageException($"'{value}' is not a valid value for --severity (expected RFnnnn=error|warning|info|off).");
    }

    /// <summary>Walks the arguments, splitting <c>--name=value</c> and tracking <c>--</c>.</summary>
    private sealed class ArgumentReader
    {
        private readonly IReadOnlyList<string> _args;
        private int _index;
        private string? _inlineValue;

        public ArgumentReader(IReadOnlyList<string> args) => _args = args;

        public bool OptionsEnded { get; private set; }

        /// <summary>The current option's name (without any "=value").</summary>
        public string Name { get; private set; } = string.Empty;

        public string? Next()
        {
            while (_index < _args.Count)
            {
                var arg = _args[_index++];
                if (!OptionsEnded && arg == "--")
                {
                    OptionsEnded = true;
                    continue;
                }
                var equals = arg.StartsWith("--", StringComparison.Ordinal) ? arg.IndexOf('=') : -1;
                Name = equals > 0 && !OptionsEnded ? arg.Substring(0, equals) : arg;
                _inlineValue = equals > 0 && !OptionsEnded ? arg.Substring(equals + 1) : null;
                return arg;
            }
            return null;
        }

        public string Value()
        {
            if (_inlineValue is { } inline) return inline;
            if (_index >= _args.Count) throw new UsageException($"{Name} needs a value.");
            return _args[_index++];
        }
    }
}
