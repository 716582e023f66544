using System;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1068 (off by default, as in BuildKit, where the check is experimental): the comment right above an ARG or a
/// named FROM is a description and should start with the name it describes (<c># version the release to build</c>).
/// </summary>
public sealed class InvalidDefinitionDescription : IRule<DockerfileDocument>
{
    public string Id => RuleIds.InvalidDefinitionDescription;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        var commentsByLine = document.Syntax.Comments.GroupBy(c => c.Location.Line).ToDictionary(g => g.Key, g => g.Last());
        foreach (var instruction in document.Instructions)
        {
            if (!commentsByLine.TryGetValue(instruction.StartLine - 1, out var comment) || comment.Text.Length == 0) continue;
            var described = comment.Text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)[0];
            if (instruction.Is("ARG") && instruction.Pairs.Count > 0)
            {
                if (instruction.Pairs.Any(p => p.Name == described)) continue;
                var name = instruction.Pairs.Count == 1 ? instruction.Pairs[0].Name : "<arg_key>";
                context.Report(instruction.Location, $"The comment above this ARG starts with '{described}', not with the ARG's name, so it is not read as its description.",
                    $"Start it with the name: '# {name} <description>'.");
            }
            else if (instruction.Is("FROM") && document.Stages.FirstOrDefault(s => s.From == instruction)?.Name is { } stage && stage != described)
            {
                context.Report(instruction.Location, $"The comment above this FROM starts with '{described}', not with the stage name '{stage}', so it is not read as its description.",
                    $"Start it with the name: '# {stage} <description>'.");
            }
        }
    }
}
