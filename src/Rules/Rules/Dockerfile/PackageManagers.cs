using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>How the package managers rules look at are invoked: which subcommand installs, which options take a value.</summary>
internal static class PackageManagers
{
    private static readonly string[] AptOptionsWithValue = ["-o", "-c", "-t", "--target-release", "--option", "--config-file"];

    /// <summary>The apt-get command's subcommand (install, update…), skipping options and their values.</summary>
    public static string? AptGetSubcommand(ShellCommand command) => command.Subcommand(AptOptionsWithValue)?.Value;

    /// <summary>The packages an <c>apt-get install</c> names (operands after the subcommand).</summary>
    public static IEnumerable<ShellWord> AptGetPackages(ShellCommand command) => command.Operands(AptOptionsWithValue).Skip(1);

    /// <summary>True for <c>yum|dnf|microdnf|tdnf install</c> and friends that prompt without <c>-y</c>.</summary>
    public static bool IsRpmInstall(ShellCommand command, out string manager)
    {
        manager = command.Program ?? "";
        if (manager is not ("yum" or "dnf" or "microdnf" or "tdnf")) return false;
        var sub = command.Subcommand("--setopt", "-c", "--config", "--releasever", "--installroot", "--repo", "--enablerepo", "--disablerepo")?.Value;
        return sub is "install" or "groupinstall" or "localinstall" or "reinstall" or "upgrade" or "update" or "module";
    }

    public static bool IsZypperInstall(ShellCommand command)
    {
        if (!command.Runs("zypper")) return false;
        var sub = command.Subcommand("--root", "-R", "--repo", "-r")?.Value;
        return sub is "install" or "in" or "update" or "up" or "patch" or "dist-upgrade" or "dup" or "remove" or "rm" or "source-install" or "si";
    }

    /// <summary>True when a word is a package argument written with a shell variable (its version is unknown).</summary>
    public static bool IsVariable(ShellWord word) => word.HasExpansion;
}
