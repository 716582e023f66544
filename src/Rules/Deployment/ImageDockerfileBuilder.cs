using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Dockerfiles;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Deployment;

/// <summary>Builds the deployment's view of a Dockerfile (<see cref="ImageDockerfile"/>) from the parsed document.</summary>
public static class ImageDockerfileBuilder
{
    public static ImageDockerfile Build(DockerfileDocument document)
    {
        var stages = new List<ImageStage>();
        var byIndex = new Dictionary<Stage, ImageStage>();
        foreach (var stage in document.Stages)
        {
            var baseStage = stage.BaseStage is { } parent && byIndex.TryGetValue(parent, out var built) ? built : null;
            var root = RootOf(stage);
            var baseImage = root.BaseImage is { } image && root.IsBaseResolved
                ? new Located<ImageName>(ImageName.Parse(image.Text), root.BaseWord?.Location ?? root.Location)
                : null;
            var family = root.IsScratch ? ImageFamily.Scratch : baseImage is null ? ImageFamily.Unknown : ImageFamilies.Of(baseImage.Value);

            var view = new ImageStage(stage.Index, stage.Name, stage.Location)
            {
                BaseImage = baseImage,
                BaseStage = baseStage,
                Family = family,
                User = stage.User is { } user ? new Located<string>(user.Value, user.Location) : null,
                HealthCheck = stage.Healthcheck is { } check ? HealthCheckOf(check) : null,
                Cmd = stage.Cmd is { } cmd ? CommandOf(cmd) : null,
                Entrypoint = stage.Entrypoint is { } entrypoint ? CommandOf(entrypoint) : null,
                Expose = stage.ExposedPorts.Where(p => p.Port is not null && p.IsResolved).Select(p => new Located<int>(p.Port!.Value, p.Location)).ToArray(),
                Environment = stage.Environment.ToDictionary(e => e.Key, e => new Located<string>(e.Value.Value, e.Value.Pair.Location)),
                Commands = CommandsOf(stage, baseStage),
                Copies = stage.Copies.Select(c => CopyOf(c, document, byIndex)).ToArray(),
            };
            byIndex[stage] = view;
            stages.Add(view);
        }
        return new ImageDockerfile(document.Source, stages);
    }

    private static Stage RootOf(Stage stage)
    {
        var root = stage;
        foreach (var ancestor in stage.Ancestors) root = ancestor;
        return root;
    }

    private static HealthCheck HealthCheckOf(HealthcheckSetting check)
    {
        var words = check.Command.Select(w => new Located<string>(w.Value, w.Location)).ToArray();
        return new HealthCheck(check.IsNone, words, check.Instruction.Location);
    }

    private static ImageCommand CommandOf(CommandSetting setting)
    {
        var words = setting.IsExecForm
            ? setting.Words.Select(w => new Located<string>(w.Value, w.Location)).ToArray()
            : setting.Commands.SelectMany(c => c.Words).Select(w => new Located<string>(w.Value, w.Location)).ToArray();
        return new ImageCommand(words, setting.IsExecForm, setting.Location);
    }

    /// <summary>The stage's RUN commands with the USER in effect at each (USER changes between RUNs are followed).</summary>
    private static IReadOnlyList<RunCommand> CommandsOf(Stage stage, ImageStage? baseStage)
    {
        var result = new List<RunCommand>();
        var user = baseStage?.User;
        var runs = stage.Runs.ToDictionary(r => r.Instruction);
        foreach (var instruction in stage.Instructions)
        {
            if (instruction.Is("USER") && instruction.Arguments.Count > 0)
            {
                user = new Located<string>(instruction.Arguments[0].Value, instruction.ArgumentsLocation);
                continue;
            }
            if (!instruction.Is("RUN")) continue;
            if (!runs.TryGetValue(instruction, out var run) || !run.IsPosixShell) continue;
            foreach (var command in run.Commands)
            {
                var words = command.ProgramAndArguments;
                if (words.Count > 0)
                    result.Add(new RunCommand(words, command.Location) { User = user, IsElevated = command.WrapperWords.Any(w => w.Value is "sudo" or "doas") });
            }
        }
        return result;
    }

    private static ImageCopy CopyOf(Dockerfiles.CopyInstruction copy, DockerfileDocument document, Dictionary<Stage, ImageStage> built)
    {
        var from = copy.From?.Value;
        var fromStage = from is null ? null : document.FindStage(from);
        return new ImageCopy(copy.IsAdd, copy.Sources.Select(s => new Located<string>(s.Value, s.Location)).ToArray(), copy.Instruction.Location)
        {
            From = from,
            FromStage = fromStage is not null && built.TryGetValue(fromStage, out var stage) ? stage : null,
            Destination = copy.Destination?.Value,
        };
    }
}
