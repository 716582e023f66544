using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>How the package managers rules look at are invoked: which subcommand installs, which options take a value.</summary>
internal static class PackageManagers
{
    private static readonly string[] AptOptionsWithValue = ["-o", "-c", "-t", "--target-release", "--option", "--config-file"];

    private static readonly string[] RpmOptionsWithValue =
        ["--setopt", "-c", "--config", "--releasever", "--installroot", "--repo", "--repoid", "--enablerepo", "--disablerepo", "-x", "--exclude", "--forcearch", "-d", "--debuglevel", "-e", "--errorlevel"];

    private static readonly string[] ZypperOptionsWithValue = ["--root", "-R", "--repo", "-r", "--from", "-t", "--type"];

    private static readonly Regex PipProgram = new(@"^pip(\d+(\.\d+)*)?$", RegexOptions.CultureInvariant);

    /// <summary>
    /// apt-get, and the front ends that take the same subcommands and options: apt, aptitude. Rules about
    /// installing (-y, --no-install-recommends, pins, lists) hold for all three.
    /// </summary>
    public static bool IsApt(ShellCommand command) => command.Program is "apt-get" or "apt" or "aptitude";

    /// <summary>The apt command's subcommand (install, update…), skipping options and their values.</summary>
    public static string? AptGetSubcommand(ShellCommand command) => command.Subcommand(AptOptionsWithValue)?.Value;

    /// <summary>The packages an <c>apt-get install</c> names (operands after the subcommand).</summary>
    public static IEnumerable<ShellWord> AptGetPackages(ShellCommand command) => command.Operands(AptOptionsWithValue).Skip(1);

    /// <summary>The subcommand of yum/dnf/microdnf/tdnf, skipping options and their values.</summary>
    public static string? RpmSubcommand(ShellCommand command) => command.Subcommand(RpmOptionsWithValue)?.Value;

    /// <summary>
    /// True for <c>yum|dnf|microdnf|tdnf install</c> and the other subcommands that change packages and prompt
    /// without <c>-y</c>, dnf's short aliases included (<c>in</c>, <c>up</c>, <c>rei</c>, <c>upgrade-minimal</c>).
    /// </summary>
    public static bool IsRpmInstall(ShellCommand command, out string manager)
    {
        manager = command.Program ?? "";
        if (manager is not ("yum" or "dnf" or "dnf5" or "microdnf" or "tdnf")) return false;
        return RpmSubcommand(command) is "install" or "in" or "groupinstall" or "localinstall" or "reinstall" or "rei" or "upgrade" or "up"
            or "update" or "upgrade-minimal" or "update-minimal" or "up-min" or "distro-sync" or "dsync" or "downgrade" or "module";
    }

    /// <summary>The packages of <c>yum|dnf|microdnf install</c> (for <c>module install</c>, the modules).</summary>
    public static IEnumerable<ShellWord> RpmPackages(ShellCommand command)
    {
        var operands = command.Operands(RpmOptionsWithValue).ToArray();
        if (operands.Length == 0) return [];
        var skip = operands[0].Value == "module" ? 2 : 1;
        var sub = operands[0].Value == "module" && operands.Length > 1 ? operands[1].Value : operands[0].Value;
        return sub is "install" or "in" or "groupinstall" ? operands.Skip(skip) : [];
    }

    public static string? ZypperSubcommand(ShellCommand command) => command.Subcommand(ZypperOptionsWithValue)?.Value;

    public static bool IsZypperInstall(ShellCommand command)
    {
        if (!command.Runs("zypper")) return false;
        return ZypperSubcommand(command) is "install" or "in" or "update" or "up" or "patch" or "dist-upgrade" or "dup" or "remove" or "rm" or "source-install" or "si";
    }

    /// <summary>The packages of <c>zypper install</c>.</summary>
    public static IEnumerable<ShellWord> ZypperPackages(ShellCommand command) =>
        command.Runs("zypper") && ZypperSubcommand(command) is "install" or "in" ? command.Operands(ZypperOptionsWithValue).Skip(1) : [];

    /// <summary>True for <c>pacman -S…</c> (sync: install or upgrade), which asks for a confirmation without <c>--noconfirm</c>.</summary>
    public static bool IsPacmanSync(ShellCommand command) =>
        command.Runs("pacman") && command.Arguments.Any(a => a.Value == "--sync" || (a.Value.Length > 1 && a.Value[0] == '-' && a.Value[1] == 'S'));

    /// <summary>pip, pip3, pip3.12 (not pipx or pipenv, which manage their own environments).</summary>
    public static bool IsPip(string program) => PipProgram.IsMatch(program);

    /// <summary>True when a word is a package argument written with a shell variable (its version is unknown).</summary>
    public static bool IsVariable(ShellWord word) => word.HasExpansion;

    /// <summary>True when a RUN mounts a BuildKit cache or tmpfs on one of the paths (the cache never lands in the layer).</summary>
    public static bool MountsCacheOn(RunInstruction run, params string[] paths) =>
        CacheMountTargets(run).Any(target => paths.Any(p => target.TrimEnd('/').StartsWith(p.TrimEnd('/'), StringComparison.Ordinal) || p.StartsWith(target.TrimEnd('/') + "/", StringComparison.Ordinal)));

    /// <summary>The targets of the RUN's cache and tmpfs mounts (what they hold never lands in the layer).</summary>
    public static IEnumerable<string> CacheMountTargets(RunInstruction run) =>
        run.Mounts.Select(m => m.Value).OfType<string>().Where(value => value.Contains("type=cache") || value.Contains("type=tmpfs"))
            .Select(MountTarget).OfType<string>();

    private static string? MountTarget(string mount)
    {
        foreach (var part in mount.Split(','))
        {
            var equals = part.IndexOf('=');
            if (equals < 0) continue;
            var key = part.Substring(0, equals).Trim();
            if (key is "target" or "dst" or "destination") return part.Substring(equals + 1).Trim().Trim('"', '\'');
        }
        return null;
    }
}
