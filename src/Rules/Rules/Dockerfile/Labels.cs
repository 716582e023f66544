using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>The LABELs of stages (inherited through FROM &lt;stage&gt;) and the stages whose image is a build result.</summary>
internal static class Labels
{
    /// <summary>The LABEL pairs of a stage and the stages it is built on, the stage's own last.</summary>
    public static IEnumerable<KeyValueArgument> Of(Stage stage) =>
        stage.Ancestors.Reverse().Concat([stage]).SelectMany(s => s.Instructions.Where(i => i.Is("LABEL")).SelectMany(i => i.Pairs));

    /// <summary>
    /// Stages that are a result of the build: not the base of another stage nor copied from (<c>COPY --from</c>).
    /// Labels matter on those images only.
    /// </summary>
    public static IEnumerable<Stage> ResultStages(DockerfileDocument document)
    {
        var used = new HashSet<Stage>();
        foreach (var stage in document.Stages)
        {
            if (stage.BaseStage is not null) used.Add(stage.BaseStage);
            foreach (var copy in stage.Copies)
                if (copy.From?.Value is { } from && document.FindStage(from) is { } source && source != stage) used.Add(source);
        }
        return document.Stages.Where(s => !used.Contains(s));
    }

    /// <summary>Every LABEL pair written in the file (ONBUILD LABEL included), with its instruction.</summary>
    public static IEnumerable<KeyValueArgument> AllPairs(DockerfileDocument document) =>
        document.Instructions.Select(i => i.Is("ONBUILD") && i.Trigger is { } t ? t : i).Where(i => i.Is("LABEL")).SelectMany(i => i.Pairs);
}
