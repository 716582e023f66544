using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Dockerfiles;

/// <summary>
/// A build stage: its FROM and what it is built on (an image, an earlier stage, or scratch), its instructions,
/// and its effective settings — USER, WORKDIR, ENV, SHELL, EXPOSE, HEALTHCHECK, CMD, ENTRYPOINT — including
/// what it inherits from the stage it is built on (<c>FROM builder</c>). Settings a base image brings are unknown.
/// </summary>
public sealed class Stage
{
    internal Stage(int index, Instruction from) { Index = index; From = from; }

    public int Index { get; }

    /// <summary>The FROM; for a <see cref="IsFragment"/>, the first instruction of the fragment.</summary>
    public Instruction From { get; }

    /// <summary>True for the instructions written before any FROM: a stage with no base (unresolved), no name.</summary>
    public bool IsFragment { get; internal set; }

    /// <summary>The name after AS, as written (stage names compare case-insensitively).</summary>
    public string? Name => NameWord?.Value;

    public Word? NameWord { get; internal set; }

    /// <summary>The AS keyword, for casing checks.</summary>
    public Word? AsKeyword { get; internal set; }

    /// <summary>The base as written in FROM.</summary>
    public Word? BaseWord { get; internal set; }

    /// <summary>The base with global ARGs resolved (unresolved references kept as written).</summary>
    public string BaseName { get; internal set; } = "";

    /// <summary>False when the base names an ARG with no default value (the image is only known at build time).</summary>
    public bool IsBaseResolved { get; internal set; } = true;

    /// <summary>The base image, when the base is neither an earlier stage nor scratch.</summary>
    public ImageReference? BaseImage { get; internal set; }

    /// <summary>The earlier stage this one is built on.</summary>
    public Stage? BaseStage { get; internal set; }

    public bool IsScratch { get; internal set; }

    public InstructionFlag? Platform => From.GetFlag("platform");

    /// <summary>The last stage: what <c>docker build</c> produces without <c>--target</c>.</summary>
    public bool IsFinal { get; internal set; }

    /// <summary>The stage's own instructions after its FROM.</summary>
    public IReadOnlyList<Instruction> Instructions { get; internal set; } = [];

    public UserSetting? User { get; internal set; }

    public WorkdirSetting? Workdir { get; internal set; }

    public IReadOnlyDictionary<string, EnvVariable> Environment { get; internal set; } = new Dictionary<string, EnvVariable>();

    /// <summary>The SHELL in effect (null: the default /bin/sh -c).</summary>
    public CommandSetting? Shell { get; internal set; }

    /// <summary>Every port exposed by this stage and the stages it is built on, in file order.</summary>
    public IReadOnlyList<ExposedPort> ExposedPorts => _exposedPorts ??= CollectPorts();

    /// <summary>The ports this stage's own EXPOSE instructions add (not the inherited ones).</summary>
    public IReadOnlyList<ExposedPort> OwnExposedPorts => OwnPorts;

    internal IReadOnlyList<ExposedPort> OwnPorts { get; set; } = [];

    internal Stage? InheritedPortsFrom { get; set; }

    /// <summary>How many stages this one is built on.</summary>
    internal int Depth { get; set; }

    private IReadOnlyList<ExposedPort>? _exposedPorts;

    private IReadOnlyList<ExposedPort> CollectPorts()
    {
        var chain = new List<Stage>();
        for (var stage = this; stage is not null; stage = stage.InheritedPortsFrom) chain.Add(stage);
        chain.Reverse();
        return chain.SelectMany(s => s.OwnPorts).ToArray();
    }

    public HealthcheckSetting? Healthcheck { get; internal set; }

    public CommandSetting? Cmd { get; internal set; }

    public CommandSetting? Entrypoint { get; internal set; }

    /// <summary>This stage's own COPY and ADD instructions.</summary>
    public IReadOnlyList<CopyInstruction> Copies { get; internal set; } = [];

    /// <summary>This stage's own RUN instructions.</summary>
    public IReadOnlyList<RunInstruction> Runs { get; internal set; } = [];

    /// <summary>The RUN instructions this stage registers with ONBUILD (they run in images built from it).</summary>
    public IReadOnlyList<RunInstruction> OnBuildRuns { get; internal set; } = [];

    /// <summary>This stage's ARG declarations.</summary>
    public IReadOnlyList<KeyValueArgument> Args { get; internal set; } = [];

    public Location Location => From.Location;

    /// <summary>The stages this one is built on, nearest first.</summary>
    public IEnumerable<Stage> Ancestors
    {
        get
        {
            var seen = 0;
            for (var stage = BaseStage; stage is not null && seen <= Index; stage = stage.BaseStage, seen++) yield return stage;
        }
    }

    /// <summary>The first stage of the chain this one is built on (itself when it is built on an image or scratch).</summary>
    public Stage Root => RootStage ?? this;

    internal Stage? RootStage { get; set; }

    /// <summary>The image at the root of the chain of stages (null when it is scratch or unresolved).</summary>
    public ImageReference? RootImage => Root.BaseImage;

    public bool HasName(string name) => Name is not null && string.Equals(Name, name, StringComparison.OrdinalIgnoreCase);

    /// <summary>The name, or <c>#index</c> for an unnamed stage.</summary>
    public override string ToString() => Name ?? "#" + Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
