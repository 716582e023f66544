using System.Collections.Generic;
using RedFire.Lint.Catalog;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Cli.CommandLine;

/// <summary>What the command line asks for; <see cref="ArgumentParser"/> produces exactly one.</summary>
public abstract record CliRequest;

public sealed record HelpRequest : CliRequest;

public sealed record VersionRequest : CliRequest;

/// <summary><c>redfire-lint [options] &lt;path&gt;...</c></summary>
public sealed record LintOptions(IReadOnlyList<string> Paths) : CliRequest
{
    public string Format { get; init; } = "text";

    public string? OutputFile { get; init; }

    public string? ConfigFile { get; init; }

    public Severity FailOn { get; init; } = Severity.Error;

    /// <summary><c>--profile strict</c>: wins over the config file's "extends".</summary>
    public RuleProfile? Profile { get; init; }

    /// <summary><c>--severity RF1001=off</c>: the highest-precedence severity overrides.</summary>
    public IReadOnlyDictionary<string, Severity> Severities { get; init; } = new Dictionary<string, Severity>();
}

/// <summary><c>redfire-lint config [-f FILE]... [--env-file FILE] [--format yaml|json]</c>: the resolved compose project.</summary>
public sealed record ComposeConfigOptions(IReadOnlyList<string> Files) : CliRequest
{
    public string? EnvFile { get; init; }

    public string Format { get; init; } = "yaml";
}
