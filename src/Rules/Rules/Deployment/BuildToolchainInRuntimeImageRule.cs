using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Deployment;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>
/// Compilers and development headers installed in a stage that ends up in an image people run (a leaf stage or
/// one of its ancestors) and never removed: hundreds of megabytes and tools an attacker can use. Builder stages
/// whose results are copied out are fine.
/// </summary>
public sealed class BuildToolchainInRuntimeImageRule : IRule<ImageDockerfile>
{
    private static readonly HashSet<string> Toolchain = new(StringComparer.Ordinal)
    {
        "build-essential", "build-base", "gcc", "g++", "clang", "make", "cmake", "gfortran", "autoconf", "automake",
        "libtool", "musl-dev", "libc-dev", "libc6-dev", "linux-headers", "gcc-c++", "development tools",
    };

    public string Id => RuleIds.BuildToolchainInRuntimeImage;

    public void Check(ImageDockerfile model, RuleContext context)
    {
        var shippedIn = new Dictionary<Located<string>, List<string>>();
        foreach (var leaf in model.LeafStages)
        {
            var commands = leaf.Chain.Reverse().SelectMany(s => s.Commands).Select(PackageCommands.Parse).OfType<PackageCommand>()
                .Where(p => p.Manager != PackageManager.Pip).ToArray();
            for (var i = 0; i < commands.Length; i++)
            {
                if (!commands[i].Installs) continue;
                foreach (var package in commands[i].Packages.Where(p => IsToolchain(PackageCommands.NameOf(p.Value))))
                {
                    if (RemovedLater(commands, i, package.Value)) continue;
                    if (!shippedIn.TryGetValue(package, out var leaves)) shippedIn[package] = leaves = new List<string>();
                    leaves.Add(leaf.DisplayName);
                }
            }
        }

        foreach (var pair in shippedIn.OrderBy(p => p.Key.Location.Line).ThenBy(p => p.Key.Location.Column))
        {
            var name = PackageCommands.NameOf(pair.Key.Value);
            var leaves = string.Join(", ", pair.Value.Distinct());
            context.Report(pair.Key.Location,
                $"'{name}' is a build tool and is never removed, so it ships in the runtime image{(pair.Value.Distinct().Count() > 1 ? "s" : "")} of stage {leaves}, which should hold only runtime libraries: it adds size and attack surface.",
                $"Install it in a builder stage, build there (a wheel, a venv), and COPY --from only the results into a stage that installs just the runtime libraries.");
        }
    }

    private static bool IsToolchain(string name) =>
        Toolchain.Contains(name) || name.EndsWith("-dev", StringComparison.Ordinal) || name.EndsWith("-devel", StringComparison.Ordinal);

    /// <summary>Removed by a later <c>apt-get purge</c>/<c>apk del</c> of the package or of the virtual package it was installed under.</summary>
    private static bool RemovedLater(PackageCommand[] commands, int installedAt, string package)
    {
        var words = commands[installedAt].Command.Words;
        var virtualIndex = words.ToList().FindIndex(w => w.Value is "--virtual" or "-t");
        var virtualName = virtualIndex >= 0 && virtualIndex + 1 < words.Count ? words[virtualIndex + 1].Value : null;
        var name = PackageCommands.NameOf(package);
        return commands.Skip(installedAt + 1).Any(c => !c.Installs && c.Packages.Any(p =>
            PackageCommands.NameOf(p.Value) == name || (virtualName is not null && p.Value == virtualName)));
    }
}
