using System;
using System.Collections.Generic;
using System.Linq;

namespace RedFire.Lint.Dockerfiles;

/// <summary>
/// Builds the stages from the instructions: resolves FROM (global ARGs, earlier stages, scratch) and folds each
/// stage's instructions into its effective settings, starting from the settings of the stage it is built on.
/// </summary>
internal sealed class StageBuilder
{
    /// <summary>Build arguments every build has without declaring them.</summary>
    public static readonly IReadOnlyCollection<string> PredefinedArgs = new HashSet<string>(StringComparer.Ordinal)
    {
        "HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy",
        "ALL_PROXY", "all_proxy", "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT", "BUILDPLATFORM",
        "BUILDOS", "BUILDARCH", "BUILDVARIANT", "SOURCE_DATE_EPOCH", "BUILDKIT_SYNTAX", "BUILDKIT_MULTI_PLATFORM",
        "BUILDKIT_INLINE_CACHE", "BUILDKIT_CACHE_MOUNT_NS", "BUILDKIT_CONTEXT_KEEP_GIT_DIR", "BUILDKIT_SANDBOX_HOSTNAME",
        "BUILDKIT_DOCKERFILE_CHECK",
    };

    private const int MaxInheritance = 64;

    private readonly DockerfileSyntaxTree _tree;
    private readonly char _escape;

    private StageBuilder(DockerfileSyntaxTree tree)
    {
        _tree = tree;
        _escape = tree.EscapeCharacter;
    }

    public static (IReadOnlyList<Stage> Stages, IReadOnlyList<GlobalArg> GlobalArgs) Build(DockerfileSyntaxTree tree) => new StageBuilder(tree).Build();

    private (IReadOnlyList<Stage>, IReadOnlyList<GlobalArg>) Build()
    {
        var globalArgs = new List<GlobalArg>();
        var globals = new Dictionary<string, string?>(StringComparer.Ordinal);
        var stages = new List<Stage>();
        var byName = new Dictionary<string, Stage>(StringComparer.OrdinalIgnoreCase);
        var stageInstructions = new List<Instruction>();
        Stage? current = null;

        foreach (var instruction in _tree.Instructions)
        {
            if (instruction.Is("FROM"))
            {
                if (current is not null) Finish(current, stageInstructions, globals);
                current = StartStage(stages, byName, instruction, globals);
                stageInstructions.Clear();
                continue;
            }
            if (current is null && instruction.Is("ARG"))
            {
                foreach (var pair in instruction.Pairs)
                {
                    var value = pair.Value is null ? null : VariableExpander.Expand(pair.Value.Raw, n => Lookup(globals, n), _escape, keepUnset: true).Value;
                    globals[pair.Name] = value;
                    globalArgs.Add(new GlobalArg(pair.Name, value, pair, instruction));
                }
                continue;
            }
            // Instructions before any FROM (a fragment, as in snippets and templates) form a stage of their own, so
            // the rules still read them as hadolint does; the builder rejects such a file and RF0001 says so.
            current ??= StartFragment(stages, instruction);
            stageInstructions.Add(instruction);
        }
        if (current is not null) Finish(current, stageInstructions, globals);
        if (stages.Count > 0) stages[stages.Count - 1].IsFinal = true;
        return (stages, globalArgs);
    }

    private static string? Lookup(Dictionary<string, string?> values, string name) => values.TryGetValue(name, out var value) ? value : null;

    private static Stage StartFragment(List<Stage> stages, Instruction first)
    {
        var stage = new Stage(stages.Count, first) { IsFragment = true, IsBaseResolved = false };
        stages.Add(stage);
        return stage;
    }

    private Stage StartStage(List<Stage> stages, Dictionary<string, Stage> byName, Instruction from, Dictionary<string, string?> globals)
    {
        var stage = new Stage(stages.Count, from);
        var words = from.Arguments;
        if (words.Count > 0) stage.BaseWord = words[0];
        if (words.Count >= 3 && string.Equals(words[1].Value, "AS", StringComparison.OrdinalIgnoreCase))
        {
            stage.AsKeyword = words[1];
            stage.NameWord = words[2];
        }
        if (stage.BaseWord is not null)
        {
            var expansion = VariableExpander.Expand(stage.BaseWord.Raw, n => Lookup(globals, n), _escape, keepUnset: true);
            stage.BaseName = expansion.Value;
            stage.IsBaseResolved = expansion.Succeeded && expansion.References.All(r => Lookup(globals, r.Name) is not null || r.HasFallback);
            if (byName.TryGetValue(stage.BaseName, out var baseStage))
            {
                stage.BaseStage = baseStage;
                stage.RootStage = baseStage.Root;
            }
            else if (string.Equals(stage.BaseName, "scratch", StringComparison.OrdinalIgnoreCase)) stage.IsScratch = true;
            else if (stage.IsBaseResolved && stage.BaseName.Length > 0) stage.BaseImage = ImageReference.Parse(stage.BaseName);
        }
        stages.Add(stage);
        if (stage.Name is not null) byName[stage.Name] = stage;
        return stage;
    }

    /// <summary>Folds the stage's instructions into its settings, starting from its base stage's settings.</summary>
    private void Finish(Stage stage, List<Instruction> instructions, Dictionary<string, string?> globals)
    {
        stage.Instructions = instructions.ToArray();
        // Settings are inherited through at most MaxInheritance stages: real files chain a handful, and the limit
        // keeps a hostile chain of thousands of stages linear instead of copying ever larger settings.
        stage.Depth = stage.BaseStage is null ? 0 : stage.BaseStage.Depth + 1;
        var parent = stage.Depth <= MaxInheritance ? stage.BaseStage : null;
        var user = parent?.User;
        var workdir = parent?.Workdir;
        var environment = parent is null ? new Dictionary<string, EnvVariable>(StringComparer.Ordinal) : parent.Environment.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var shell = parent?.Shell;
        var exposed = new List<ExposedPort>();
        var healthcheck = parent?.Healthcheck;
        var cmd = parent?.Cmd;
        var entrypoint = parent?.Entrypoint;
        var args = new Dictionary<string, string?>(StringComparer.Ordinal);
        var argDeclarations = new List<KeyValueArgument>();
        var copies = new List<CopyInstruction>();
        var runs = new List<RunInstruction>();
        var onBuildRuns = new List<RunInstruction>();

        string? Resolve(string name)
        {
            if (environment.TryGetValue(name, out var env)) return env.Value;
            return args.TryGetValue(name, out var arg) ? arg : null;
        }
        (string Value, bool Resolved) Expand(Word word)
        {
            var expansion = VariableExpander.Expand(word.Raw, Resolve, _escape, keepUnset: true);
            return (expansion.Value, expansion.Succeeded && expansion.References.All(r => Resolve(r.Name) is not null || r.HasFallback));
        }

        foreach (var instruction in stage.Instructions)
        {
            switch (instruction.Keyword)
            {
                case "ARG":
                    foreach (var pair in instruction.Pairs)
                    {
                        argDeclarations.Add(pair);
                        args[pair.Name] = pair.Value is not null ? VariableExpander.Expand(pair.Value.Raw, Resolve, _escape, keepUnset: true).Value : Lookup(globals, pair.Name);
                    }
                    break;
                case "ENV":
                {
                    // All pairs of one ENV see the values from before it (BuildKit), so resolve first, then assign.
                    var assigned = instruction.Pairs
                        .Select(p => new EnvVariable(p.Name, p.Value is null ? "" : Expand(p.Value).Value, instruction, p))
                        .ToArray();
                    foreach (var variable in assigned) environment[variable.Name] = variable;
                    break;
                }
                case "USER":
                    if (instruction.Arguments.Count > 0) user = new UserSetting(Expand(instruction.Arguments[0]).Value, instruction);
                    break;
                case "WORKDIR":
                    if (instruction.Arguments.Count > 0)
                    {
                        var path = Expand(instruction.Arguments[0]).Value;
                        if (!path.StartsWith("/", StringComparison.Ordinal) && !IsWindowsAbsolute(path) && workdir is not null)
                            path = workdir.Path.TrimEnd('/') + "/" + path;
                        workdir = new WorkdirSetting(path, instruction);
                    }
                    break;
                case "SHELL":
                    shell = new CommandSetting(instruction, () => []);
                    break;
                case "EXPOSE":
                    foreach (var word in instruction.Arguments)
                    {
                        var (value, resolved) = Expand(word);
                        exposed.Add(ExposedPort.Parse(word, value, instruction, resolved));
                    }
                    break;
                case "HEALTHCHECK":
                    healthcheck = new HealthcheckSetting(instruction);
                    break;
                case "CMD":
                    cmd = new CommandSetting(instruction, ShellCommandsOf(instruction, shell));
                    break;
                case "ENTRYPOINT":
                    entrypoint = new CommandSetting(instruction, ShellCommandsOf(instruction, shell));
                    // Setting ENTRYPOINT drops a CMD inherited from the base.
                    if (cmd is not null && cmd == parent?.Cmd) cmd = null;
                    break;
                case "COPY":
                case "ADD":
                    copies.Add(CopyOf(instruction));
                    break;
                case "RUN":
                    runs.Add(RunOf(instruction, shell));
                    break;
                case "ONBUILD":
                    if (instruction.Trigger is { } trigger && trigger.Is("RUN")) onBuildRuns.Add(RunOf(trigger, shell));
                    break;
            }
        }

        stage.User = user;
        stage.Workdir = workdir;
        stage.Environment = environment;
        stage.Shell = shell;
        stage.OwnPorts = exposed;
        stage.InheritedPortsFrom = parent;
        stage.Healthcheck = healthcheck;
        stage.Cmd = cmd;
        stage.Entrypoint = entrypoint;
        stage.Args = argDeclarations;
        stage.Copies = copies;
        stage.Runs = runs;
        stage.OnBuildRuns = onBuildRuns;
    }

    private static bool IsWindowsAbsolute(string path) => path.Length >= 2 && path[1] == ':' || path.StartsWith("\\", StringComparison.Ordinal);

    private static CopyInstruction CopyOf(Instruction instruction)
    {
        var words = instruction.Arguments;
        if (instruction.Heredocs.Count > 0 || words.Count >= 2)
            return new CopyInstruction(instruction, words.Take(Math.Max(0, words.Count - 1)).ToArray(), words.Count > 0 ? words[words.Count - 1] : null);
        return new CopyInstruction(instruction, words, null);
    }

    /// <summary>True when the stage's SHELL is a POSIX shell (the default /bin/sh is).</summary>
    internal static bool IsPosix(CommandSetting? shell)
    {
        if (shell is null || shell.Words.Count == 0) return true;
        var program = shell.Words[0].Value.ToLowerInvariant();
        return !(program.Contains("powershell") || program.Contains("pwsh") || program.Contains("cmd"));
    }

    internal RunInstruction RunOf(Instruction instruction, CommandSetting? shell)
    {
        var posix = IsPosix(shell) && _escape == '\\';
        var split = posix || !instruction.IsShellForm;
        return new RunInstruction(instruction, () => split ? ShellScripts.CommandsOf(instruction) : [], posix);
    }

    private Func<IReadOnlyList<ShellCommand>> ShellCommandsOf(Instruction instruction, CommandSetting? shell)
    {
        var split = !instruction.IsShellForm || (IsPosix(shell) && _escape == '\\');
        return () => split ? ShellScripts.CommandsOf(instruction) : [];
    }
}
