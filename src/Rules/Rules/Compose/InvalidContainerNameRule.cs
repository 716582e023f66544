using System.Text.RegularExpressions;
using RedFire.Lint.Compose;

namespace RedFire.Lint.Rules.Compose;

/// <summary>RF2065: Docker accepts container names of two or more letters, digits, '_', '.' and '-', starting with a letter or digit.</summary>
public sealed class InvalidContainerNameRule : IRule<ComposeProject>
{
    private static readonly Regex Valid = new("^/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$", RegexOptions.CultureInvariant);

    public string Id => RuleIds.InvalidContainerName;

    public void Check(ComposeProject project, RuleContext context)
    {
        foreach (var service in project.Services)
        {
            if (service.ContainerName is not { } name || name.Value.Length == 0 || ComposeFacts.HasUnknownVariable(name) || Valid.IsMatch(name.Value)) continue;
            context.Report(name.UsedAt,
                $"Service '{service.Name}' sets container_name '{name.Value}', which Docker rejects: a name has at least two characters from [a-zA-Z0-9_.-] and starts with a letter or digit.",
                $"Rename it (for example '{Suggest(name.Value)}').");
        }
    }

    private static string Suggest(string name)
    {
        var cleaned = Regex.Replace(name, "[^a-zA-Z0-9_.-]+", "-").Trim('-', '.', '_');
        return cleaned.Length >= 2 ? cleaned : "app-" + cleaned;
    }
}
