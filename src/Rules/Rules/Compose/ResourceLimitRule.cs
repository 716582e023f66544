using System.Globalization;
using System.Linq;
using RedFire.Lint.Compose;
using RedFire.Lint.Compose.Yaml;

namespace RedFire.Lint.Rules.Compose;

/// <summary>
/// A limit every service should have: <c>deploy.resources.limits.&lt;key&gt;</c> or the service-level attribute Compose
/// also applies (<c>mem_limit</c>, <c>cpus</c>, <c>pids_limit</c>). A missing limit is reported where it should be
/// added (the deepest of deploy/resources/limits that exists); an explicit unlimited value (0, -1) at the value.
/// </summary>
public abstract class ResourceLimitRule : IRule<ComposeProject>
{
    private readonly string _limitKey;
    private readonly string[] _serviceKeys;
    private readonly string _what;
    private readonly string _consequence;
    private readonly string _example;

    private protected ResourceLimitRule(string limitKey, string[] serviceKeys, string what, string consequence, string example)
    {
        _limitKey = limitKey;
        _serviceKeys = serviceKeys;
        _what = what;
        _consequence = consequence;
        _example = example;
    }

    public abstract string Id { get; }

    public void Check(ComposeProject project, RuleContext context)
    {
        foreach (var service in project.Services)
        {
            var values = _serviceKeys.Select(k => YamlViews.Scalar(service.Node, k)).Append(YamlViews.Scalar(service.Resources?.Limits, _limitKey))
                .Where(v => v is not null).Select(v => v!).ToArray();
            if (values.Length == 0)
            {
                context.Report(ComposeFacts.WhereToAdd(service, "deploy", "resources", "limits"),
                    $"Service '{service.Name}' has no {_what} limit, so {_consequence}.",
                    $"Add deploy.resources.limits.{_limitKey} ({_limitKey}: {_example}).");
                continue;
            }
            foreach (var value in values.Where(IsUnlimited))
                context.Report(value.UsedAt,
                    $"Service '{service.Name}' sets its {_what} limit to {value.Value}, which means no limit, so {_consequence}.",
                    $"Set a positive limit ({_limitKey}: {_example}).");
        }
    }

    private static bool IsUnlimited(YamlScalar value) =>
        double.TryParse(value.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number <= 0;
}
