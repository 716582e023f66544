using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Deployment;

/// <summary>The package managers RUN commands use, and the family of images each belongs to.</summary>
public enum PackageManager
{
    Apt,
    Apk,
    Yum,
    Zypper,
    Pip,
}

/// <summary>A package manager invocation that installs (or removes) packages, with the package words.</summary>
public sealed record PackageCommand(PackageManager Manager, bool Installs, IReadOnlyList<Located<string>> Packages, RunCommand Command)
{
    /// <summary>The manager's own word (<c>apk</c>, <c>apt-get</c>), where mismatch findings point.</summary>
    public Located<string> ManagerWord => Command.Words[0];

    /// <summary>For pip: the <c>--user</c> flag word, when given.</summary>
    public Located<string>? UserFlag { get; init; }
}

/// <summary>Recognises package manager commands among a RUN's simple commands.</summary>
public static class PackageCommands
{
    public static PackageCommand? Parse(RunCommand command)
    {
        var words = command.Words;
        if (words.Count < 2) return null;
        var tool = System.IO.Path.GetFileName(words[0].Value);

        // python -m pip install …
        if (tool.StartsWith("python", StringComparison.Ordinal) && words.Count > 3 && words[1].Value == "-m" && words[2].Value is "pip" or "pip3")
            return Pip(command, words.Skip(3).ToArray());
        if (tool is "pip" or "pip3" || tool.StartsWith("pip3.", StringComparison.Ordinal))
            return Pip(command, words.Skip(1).ToArray());

        // Most commands are no package manager: known before the words are copied (five rules ask of every RUN command).
        var (manager, verbs) = tool switch
        {
            "apt-get" or "apt" or "aptitude" => (PackageManager.Apt, AptVerbs),
            "apk" => (PackageManager.Apk, ApkVerbs),
            "yum" or "dnf" or "microdnf" or "tdnf" => (PackageManager.Yum, YumVerbs),
            "zypper" => (PackageManager.Zypper, ZypperVerbs),
            _ => ((PackageManager?)null, Array.Empty<string>()),
        };
        if (manager is null) return null;
        var rest = words.Skip(1).ToArray();
        var verbIndex = Array.FindIndex(rest, w => verbs.Contains(w.Value));
        if (verbIndex < 0)
            return rest.Any(w => w.Value is "update" or "upgrade") ? new PackageCommand(manager.Value, false, [], command) : null;
        var installs = rest[verbIndex].Value is "install" or "add" or "in";
        var packages = rest.Skip(verbIndex + 1).Where(w => !w.Value.StartsWith("-", StringComparison.Ordinal) && w.Value.Length > 0).ToArray();
        return new PackageCommand(manager.Value, installs, packages, command);
    }

    private static readonly string[] AptVerbs = ["install", "remove", "purge", "autoremove"];
    private static readonly string[] ApkVerbs = ["add", "del"];
    private static readonly string[] YumVerbs = ["install", "remove", "erase"];
    private static readonly string[] ZypperVerbs = ["install", "in", "remove", "rm"];

    /// <summary>The package name without a version or release pin: <c>gcc=12.2*</c> → gcc, <c>curl~=8</c> → curl.</summary>
    public static string NameOf(string package)
    {
        var cut = package.IndexOfAny(['=', '<', '>', '~', '!', '[']);
        var name = cut > 0 ? package.Substring(0, cut) : package;
        var arch = name.IndexOf(':');
        return (arch > 0 ? name.Substring(0, arch) : name).ToLowerInvariant();
    }

    private static PackageCommand? Pip(RunCommand command, IReadOnlyList<Located<string>> args)
    {
        if (args.Count == 0 || args[0].Value != "install") return null;
        var user = args.FirstOrDefault(a => a.Value == "--user");
        var packages = args.Skip(1).Where(a => !a.Value.StartsWith("-", StringComparison.Ordinal)).ToArray();
        return new PackageCommand(PackageManager.Pip, true, packages, command) { UserFlag = user };
    }
}
