using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Deployment;
using RedFire.Lint.Dockerfiles;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1092: <c>npm install</c> (no package named) after package-lock.json or npm-shrinkwrap.json came into the stage:
/// <c>npm ci</c> installs exactly the locked tree and fails when package.json disagrees, where <c>npm install</c> may
/// resolve again and rewrite the lockfile. The lockfile comes in by a COPY/ADD that names it (read from the
/// Dockerfile), or with a whole-context <c>COPY .</c> when the build context holds it and its .dockerignore lets it
/// through (read from the context). Copies in the stages a stage is built on count. <c>npm install &lt;pkg&gt;</c>
/// adds a package and is not what <c>npm ci</c> does.
/// </summary>
public sealed class NpmInstallWithLockfile : IRule<DockerfileDocument>, IRule<BuildContextUpload>
{
    private static readonly string[] Lockfiles = ["package-lock.json", "npm-shrinkwrap.json"];

    public string Id => RuleIds.NpmInstallWithLockfile;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (stage, run, command) in document.AllRunCommands)
        {
            if (!command.Runs("npm") || InstallAt(command.Arguments.Select(a => a.Value).ToArray()) is not { } at) continue;
            var line = run.Instruction.Location.Line;
            var lockfile = new[] { stage }.Concat(stage.Ancestors)
                .SelectMany(s => s.Copies.Where(c => c.From is null && (!ReferenceEquals(s, stage) || c.Instruction.Location.Line < line)))
                .SelectMany(c => c.Sources)
                .Select(s => (Source: s, Name: Lockfiles.FirstOrDefault(l => Names(s.Value, l))))
                .FirstOrDefault(s => s.Name is not null);
            if (lockfile.Name is not null) Report(context, command.Arguments[at].Value, command.Arguments[at].Location, lockfile.Name, $"copied in (line {lockfile.Source.Location.Line})");
        }
    }

    public void Check(BuildContextUpload upload, RuleContext context)
    {
        var lockfile = Lockfiles.FirstOrDefault(l => upload.TopEntries.Contains(l) && upload.Ignore?.Excludes(l) != true);
        if (lockfile is null) return;
        foreach (var stage in upload.Dockerfile.Stages)
        {
            foreach (var command in stage.Commands)
            {
                var words = command.Words;
                if (words[0].Value != "npm" || InstallAt(words.Skip(1).Select(w => w.Value).ToArray()) is not { } at) continue;
                var copies = stage.Chain.SelectMany(s => s.Copies.Where(c => c.FromContext && (s != stage || c.Location.Line < command.Location.Line)))
                    .SelectMany(c => c.Sources).ToArray();
                // A copy that names the lockfile is the Dockerfile check's finding.
                if (copies.Any(s => Names(s.Value, lockfile)) || copies.FirstOrDefault(s => BuildContextUploadLoader.IsWholeContext(s.Value)) is not { } whole) continue;
                Report(context, words[at + 1].Value, words[at + 1].Location, lockfile, $"in build context '{upload.ContextDisplayPath}' copied in with it (line {whole.Location.Line})");
            }
        }
    }

    private static void Report(RuleContext context, string subcommand, Location location, string lockfile, string how) =>
        context.Report(location,
            $"'npm {subcommand}' runs with {lockfile} {how}, so it may resolve other versions and rewrite the lockfile instead of installing what it pins.",
            $"Write 'npm ci' (with '--omit=dev' for a production image): it installs exactly the lockfile and fails when package.json disagrees with it.");

    /// <summary>The index in npm's arguments of an install from package.json (no package named, not global); null otherwise.</summary>
    private static int? InstallAt(IReadOnlyList<string> arguments)
    {
        var operands = new List<int>();
        for (var i = 0; i < arguments.Count; i++)
        {
            var value = arguments[i];
            if (value is "-g" or "--global" || value.StartsWith("--global=", StringComparison.Ordinal)) return null;
            if (value.StartsWith("-", StringComparison.Ordinal))
            {
                if (Array.IndexOf(NpmUnpinnedPackages.OptionsWithValue, value) >= 0) i++;
                continue;
            }
            operands.Add(i);
        }
        return operands.Count == 1 && arguments[operands[0]] is "install" or "i" or "isntall" ? operands[0] : null;
    }

    /// <summary>Whether a COPY source (a path or a glob such as <c>package*.json</c>) takes the lockfile.</summary>
    private static bool Names(string source, string lockfile)
    {
        if (source.Contains("$")) return false;
        var name = source.TrimEnd('/').Split('/').Last();
        return string.Equals(name, lockfile, StringComparison.Ordinal)
            || (name.IndexOfAny(['*', '?', '[']) >= 0 && DockerIgnore.Parse([name]).Excludes(lockfile));
    }
}
