using System;
using System.Linq;
using RedFire.Lint.Deployment;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1092: <c>npm install</c> (no package named) in a stage that has copied package-lock.json or
/// npm-shrinkwrap.json from the context before it: <c>npm ci</c> installs exactly the locked tree and fails when
/// package.json disagrees, where <c>npm install</c> may resolve again and rewrite the lockfile. Copies in the stages
/// this one is built on count; <c>npm install &lt;pkg&gt;</c> adds a package and is not what <c>npm ci</c> does.
/// </summary>
public sealed class NpmInstallWithLockfile : IRule<DockerfileDocument>
{
    private static readonly string[] Lockfiles = ["package-lock.json", "npm-shrinkwrap.json"];

    public string Id => RuleIds.NpmInstallWithLockfile;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (stage, run, command) in document.AllRunCommands)
        {
            if (!command.Runs("npm")) continue;
            var operands = command.Operands(NpmUnpinnedPackages.OptionsWithValue).ToArray();
            if (operands.Length != 1 || operands[0].Value is not ("install" or "i" or "isntall") || command.HasOption("-g", "--global")) continue;
            var line = run.Instruction.Location.Line;
            var lockfile = new[] { stage }.Concat(stage.Ancestors)
                .SelectMany(s => s.Copies.Where(c => c.From is null && (!ReferenceEquals(s, stage) || c.Instruction.Location.Line < line)))
                .SelectMany(c => c.Sources)
                .Select(s => (Source: s, Name: Lockfiles.FirstOrDefault(l => Names(s.Value, l))))
                .FirstOrDefault(s => s.Name is not null);
            if (lockfile.Name is null) continue;
            context.Report(operands[0].Location,
                $"'npm {operands[0].Value}' runs with {lockfile.Name} copied in (line {lockfile.Source.Location.Line}), so it may resolve other versions and rewrite the lockfile instead of installing what it pins.",
                $"Write 'npm ci' (with '--omit=dev' for a production image): it installs exactly the lockfile and fails when package.json disagrees with it.");
        }
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
