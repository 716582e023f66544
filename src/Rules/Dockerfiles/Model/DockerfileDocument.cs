using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Dockerfiles;

/// <summary>A parsed Dockerfile: the syntax tree, its syntax errors, and the stages built from it.</summary>
public sealed class DockerfileDocument
{
    internal DockerfileDocument(DockerfileSyntaxTree syntax, IReadOnlyList<DockerfileSyntaxError> errors, IReadOnlyList<Stage> stages, IReadOnlyList<GlobalArg> globalArgs)
    {
        Syntax = syntax;
        Errors = errors;
        Stages = stages;
        GlobalArgs = globalArgs;
    }

    public SourceFile Source => Syntax.Source;

    public string Path => Source.Path;

    public DockerfileSyntaxTree Syntax { get; }

    public IReadOnlyList<Instruction> Instructions => Syntax.Instructions;

    public IReadOnlyList<DockerfileSyntaxError> Errors { get; }

    public IReadOnlyList<Stage> Stages { get; }

    /// <summary>ARGs declared before the first FROM (usable in FROM lines).</summary>
    public IReadOnlyList<GlobalArg> GlobalArgs { get; }

    /// <summary>
    /// The .dockerignore of the build context <c>docker build</c> uses by default, the Dockerfile's directory:
    /// <c>&lt;Dockerfile&gt;.dockerignore</c> beside it, else that directory's <c>.dockerignore</c> (empty when neither exists).
    /// </summary>
    public Deployment.DockerIgnore ContextIgnore { get; internal set; } = Deployment.DockerIgnore.Empty;

    /// <summary>The stage <c>docker build</c> produces without <c>--target</c> (the last one).</summary>
    public Stage? FinalStage => Stages.Count > 0 ? Stages[Stages.Count - 1] : null;

    /// <summary>A stage by name (case-insensitive) or by index, as <c>COPY --from=</c> and <c>--target</c> name them.</summary>
    public Stage? FindStage(string nameOrIndex)
    {
        var byName = Stages.LastOrDefault(s => s.HasName(nameOrIndex));
        if (byName is not null) return byName;
        return int.TryParse(nameOrIndex, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < Stages.Count
            ? Stages[index]
            : null;
    }

    /// <summary>Every RUN of every stage, ONBUILD RUN triggers included, with the stage it is in.</summary>
    public IEnumerable<(Stage Stage, RunInstruction Run)> AllRuns =>
        Stages.SelectMany(s => s.Runs.Concat(s.OnBuildRuns).Select(r => (s, r)));

    // Made at the first ask: two dozen rules walk it, and each built the chain of iterators again. Rules on other
    // threads may make it at the same time; they make the same list.
    private IReadOnlyList<(Stage Stage, RunInstruction Run, ShellCommand Command)>? _allRunCommands;

    /// <summary>Every shell command of every RUN (ONBUILD included) under a POSIX shell.</summary>
    public IReadOnlyList<(Stage Stage, RunInstruction Run, ShellCommand Command)> AllRunCommands =>
        _allRunCommands ??= AllRuns.SelectMany(p => p.Run.Commands.Select(c => (p.Stage, p.Run, c))).ToArray();

    /// <summary>The stages whose layers end up in the final image: the final stage and the stages it is built on.</summary>
    public IEnumerable<Stage> FinalImageStages => FinalStage is null ? [] : new[] { FinalStage }.Concat(FinalStage.Ancestors);

    /// <summary>
    /// The RUNs whose layers end up in an image someone runs: those of <see cref="FinalImageStages"/>, and every
    /// ONBUILD RUN, whatever its stage (the trigger runs in the image built FROM that stage, not in this build).
    /// </summary>
    public IEnumerable<RunInstruction> FinalImageRuns =>
        FinalImageStages.SelectMany(s => s.Runs).Concat(Stages.SelectMany(s => s.OnBuildRuns));
}

/// <summary>An ARG before the first FROM, with its default value when it has one.</summary>
public sealed record GlobalArg(string Name, string? DefaultValue, KeyValueArgument Declaration, Instruction Instruction);
