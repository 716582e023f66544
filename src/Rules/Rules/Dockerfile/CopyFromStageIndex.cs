using System;
using System.Globalization;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1096: <c>COPY --from=0</c> names an earlier stage by its index. Adding or moving a stage silently makes it copy
/// from another one; an <c>AS</c> name does not move. An index that is no earlier stage is RF1014's finding.
/// </summary>
public sealed class CopyFromStageIndex : IRule<DockerfileDocument>
{
    public string Id => RuleIds.CopyFromStageIndex;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.Stages)
        {
            foreach (var copy in stage.Copies)
            {
                if (copy.From is not { Value: { } value, ValueLocation: { } location }) continue;
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= stage.Index) continue;
                var source = document.Stages[index];
                FormattableString message = $"COPY --from={value} names stage {value} ({source.BaseName}, line {source.From.StartLine}) by its position, which changes when a stage is added or moved.";
                if (source.Name is { } name)
                    context.Report(location, message, $"Write 'COPY --from={name}'.");
                else
                    context.Report(location, message, $"Name the stage ('FROM {source.BaseName} AS build') and write 'COPY --from=build'.");
            }
        }
    }
}
