using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Deployment;

/// <summary>
/// What a Dockerfile builds, stage by stage: the facts cross-file rules and the "image cannot work" rules need
/// (effective user, health check, command, exposed ports, PATH, the commands RUN executes, what COPY takes
/// from the context), each with its place. Built from the parsed Dockerfile.
/// </summary>
public sealed class ImageDockerfile
{
    public ImageDockerfile(SourceFile source, IReadOnlyList<ImageStage> stages)
    {
        Source = source;
        Stages = stages;
    }

    public SourceFile Source { get; }

    public IReadOnlyList<ImageStage> Stages { get; }

    public ImageStage? Stage(string name) =>
        Stages.LastOrDefault(s => s.Name is not null && string.Equals(s.Name, name, System.StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Stages that are images people run: no other stage builds on them or copies from them (the last stage
    /// always is one). A compose <c>target</c> may pick any stage; those are checked through the deployment.
    /// </summary>
    public IEnumerable<ImageStage> LeafStages =>
        Stages.Where(s => s == Stages[Stages.Count - 1]
            || !Stages.Any(other => other.BaseStage == s || other.Copies.Any(c => c.FromStage == s)));
}

/// <summary>The Linux family of a base image: which package manager it has and which tools ship with it.</summary>
public enum ImageFamily
{
    Unknown,
    Debian,
    Alpine,
    RedHat,
    Distroless,
    Scratch,
}

/// <summary>One stage, with what it inherits from earlier stages already applied.</summary>
public sealed class ImageStage
{
    public ImageStage(int index, string? name, Location fromLocation)
    {
        Index = index;
        Name = name;
        FromLocation = fromLocation;
    }

    public int Index { get; }

    public string? Name { get; }

    /// <summary>The FROM instruction.</summary>
    public Location FromLocation { get; }

    /// <summary>The external image at the root of the stage's chain (ARGs resolved); null when it cannot be resolved.</summary>
    public Located<ImageName>? BaseImage { get; init; }

    /// <summary>The earlier stage this one is built <c>FROM</c>, if any.</summary>
    public ImageStage? BaseStage { get; init; }

    public ImageFamily Family { get; init; }

    /// <summary>Effective USER (inherited); null when no stage of the chain sets one (the base image's user).</summary>
    public Located<string>? User { get; init; }

    /// <summary>Effective HEALTHCHECK; <see cref="HealthCheck.Disabled"/> for <c>HEALTHCHECK NONE</c>.</summary>
    public HealthCheck? HealthCheck { get; init; }

    public ImageCommand? Cmd { get; init; }

    public ImageCommand? Entrypoint { get; init; }

    public IReadOnlyList<Located<int>> Expose { get; init; } = [];

    /// <summary>Effective ENV (inherited), values expanded as far as the Dockerfile knows them.</summary>
    public IReadOnlyDictionary<string, Located<string>> Environment { get; init; } = new Dictionary<string, Located<string>>();

    /// <summary>The simple commands this stage's own RUN instructions execute, in order.</summary>
    public IReadOnlyList<RunCommand> Commands { get; init; } = [];

    /// <summary>This stage's own COPY and ADD instructions.</summary>
    public IReadOnlyList<ImageCopy> Copies { get; init; } = [];

    /// <summary>This stage, then the stages it is built on, nearest first.</summary>
    public IEnumerable<ImageStage> Chain
    {
        get
        {
            var seen = new HashSet<ImageStage>();
            for (var stage = this; stage is not null && seen.Add(stage); stage = stage.BaseStage)
                yield return stage;
        }
    }

    public string DisplayName => Name ?? Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>CMD or ENTRYPOINT: exec-form words, or a shell-form string split into words.</summary>
public sealed record ImageCommand(IReadOnlyList<Located<string>> Words, bool IsExecForm, Location Location);

/// <summary>
/// One simple command of a RUN (<c>apt-get install -y curl</c>), from the program on: assignments and wrappers
/// such as <c>sudo</c> are not among the words. With the USER it runs as.
/// </summary>
public sealed record RunCommand(IReadOnlyList<Located<string>> Words, Location Location)
{
    /// <summary>The effective USER when the RUN executes; null means the base image's user.</summary>
    public Located<string>? User { get; init; }

    /// <summary>Run through <c>sudo</c> or <c>doas</c> (the wrapper is not among <see cref="Words"/>).</summary>
    public bool IsElevated { get; init; }
}

/// <summary>A COPY or ADD: sources from the build context unless <see cref="From"/> names a stage or image.</summary>
public sealed record ImageCopy(bool IsAdd, IReadOnlyList<Located<string>> Sources, Location Location)
{
    /// <summary><c>--from=</c> as written.</summary>
    public string? From { get; init; }

    /// <summary>The stage <c>--from</c> names, when it is one of this Dockerfile.</summary>
    public ImageStage? FromStage { get; init; }

    /// <summary>The destination as written; null when the instruction has none.</summary>
    public string? Destination { get; init; }

    /// <summary>The instruction copies from the build context (no <c>--from</c>; ADD of a URL or git repository excluded).</summary>
    public bool FromContext => From is null;
}
