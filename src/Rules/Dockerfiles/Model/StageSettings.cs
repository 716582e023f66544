using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Dockerfiles;

/// <summary>The effective USER: its value with variables resolved where known, and the instruction that set it.</summary>
public sealed record UserSetting(string Value, Instruction Instruction)
{
    /// <summary>The user part of <c>user[:group]</c>.</summary>
    public string User => Value.Split(':')[0];

    public string? Group => Value.IndexOf(':') >= 0 ? Value.Substring(Value.IndexOf(':') + 1) : null;

    /// <summary>root, uid 0, or Windows' ContainerAdministrator.</summary>
    public bool IsRoot => IsRootUser(User);

    public Location Location => Instruction.ArgumentsLocation;

    public static bool IsRootUser(string user) =>
        user == "root" || user == "0" || string.Equals(user, "ContainerAdministrator", StringComparison.OrdinalIgnoreCase)
        || (user.Length > 0 && user.All(c => c == '0'));
}

/// <summary>The effective working directory (absolute when it could be resolved) and the WORKDIR that set it.</summary>
public sealed record WorkdirSetting(string Path, Instruction Instruction);

/// <summary>An environment variable of a stage, from ENV (its own or inherited).</summary>
public sealed record EnvVariable(string Name, string Value, Instruction Instruction, KeyValueArgument Pair);

/// <summary>
/// A port of EXPOSE: as written, resolved, and read: <c>80</c>, <c>80/tcp</c>, <c>8000-8010/udp</c>.
/// <see cref="HasAddress"/> marks the invalid <c>ip:host:container</c> forms.
/// </summary>
public sealed record ExposedPort(Word Word, string Value, int? Port, int? EndPort, string? Protocol, bool HasAddress, Instruction Instruction)
{
    public Location Location => Word.Location;

    /// <summary>False when a variable could not be resolved, so nothing can be said about the value.</summary>
    public bool IsResolved { get; init; } = true;

    public bool IsNumeric => Port is not null;

    public static ExposedPort Parse(Word word, string value, Instruction instruction, bool resolved)
    {
        var slash = value.IndexOf('/');
        var portPart = slash >= 0 ? value.Substring(0, slash) : value;
        var protocol = slash >= 0 ? value.Substring(slash + 1) : null;
        var hasAddress = portPart.IndexOf(':') >= 0;
        if (hasAddress) portPart = portPart.Substring(portPart.LastIndexOf(':') + 1);
        var dash = portPart.IndexOf('-');
        int? port = null, endPort = null;
        if (dash > 0)
        {
            if (TryPort(portPart.Substring(0, dash), out var low) && TryPort(portPart.Substring(dash + 1), out var high)) { port = low; endPort = high; }
        }
        else if (TryPort(portPart, out var single))
        {
            port = single;
            endPort = single;
        }
        return new ExposedPort(word, value, port, endPort, protocol, hasAddress, instruction) { IsResolved = resolved };
    }

    private static bool TryPort(string text, out int port)
    {
        port = 0;
        if (text.Length == 0 || text.Length > 9 || !text.All(char.IsDigit)) return false;
        port = int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }
}

/// <summary>The effective HEALTHCHECK: NONE (disabled) or a command with options.</summary>
public sealed record HealthcheckSetting(Instruction Instruction)
{
    public bool IsNone => string.Equals(Instruction.HealthcheckType?.Value, "NONE", StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<Word> Command => Instruction.Arguments;

    public InstructionFlag? Option(string name) => Instruction.GetFlag(name);
}

/// <summary>
/// CMD or ENTRYPOINT (also SHELL and a HEALTHCHECK command): exec form words, or shell form with its commands split.
/// </summary>
public sealed class CommandSetting(Instruction Instruction, Func<IReadOnlyList<ShellCommand>> split)
{
    private IReadOnlyList<ShellCommand>? _commands;

    public Instruction Instruction { get; } = Instruction;

    /// <summary>The commands run: shell form split into simple commands (empty under a non-POSIX SHELL); exec form as one command.</summary>
    public IReadOnlyList<ShellCommand> Commands => _commands ??= split();

    public ArgumentForm Form => Instruction.Form;

    public bool IsExecForm => Instruction.Form == ArgumentForm.Json;

    /// <summary>Exec form: the JSON strings. Shell form: the whitespace-separated words of the command text.</summary>
    public IReadOnlyList<Word> Words => Instruction.Arguments;

    public Location Location => Instruction.Location;
}

/// <summary>A COPY or ADD: sources, destination and the flags rules ask about.</summary>
public sealed record CopyInstruction(Instruction Instruction, IReadOnlyList<Word> Sources, Word? Destination)
{
    public bool IsAdd => Instruction.Is("ADD");

    /// <summary><c>--from=</c>: a stage name or index, an image, or a named context.</summary>
    public InstructionFlag? From => Instruction.GetFlag("from");

    public InstructionFlag? Chown => Instruction.GetFlag("chown");

    public InstructionFlag? Chmod => Instruction.GetFlag("chmod");

    public IReadOnlyList<Heredoc> Heredocs => Instruction.Heredocs;
}

/// <summary>
/// A RUN: its commands as the shell sees them (shell form, plus heredoc bodies the shell runs), or the exec
/// form words. <see cref="IsPosixShell"/> is false under a PowerShell or cmd SHELL, where the split means nothing.
/// </summary>
public sealed class RunInstruction(Instruction Instruction, Func<IReadOnlyList<ShellCommand>> split, bool IsPosixShell)
{
    private IReadOnlyList<ShellCommand>? _commands;

    public Instruction Instruction { get; } = Instruction;

    public bool IsPosixShell { get; } = IsPosixShell;

    /// <summary>The commands run (split on first use): the shell's simple commands (empty under a non-POSIX SHELL), or the exec form as one command.</summary>
    public IReadOnlyList<ShellCommand> Commands => _commands ??= split();

    public bool IsExecForm => Instruction.Form == ArgumentForm.Json;

    /// <summary>The <c>--mount=</c> flags.</summary>
    public IEnumerable<InstructionFlag> Mounts => Instruction.GetFlags("mount");
}
