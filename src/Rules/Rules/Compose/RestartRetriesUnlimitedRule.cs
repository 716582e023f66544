using System;
using RedFire.Lint.Compose;
using RedFire.Lint.Compose.Yaml;

namespace RedFire.Lint.Rules.Compose;

/// <summary>
/// RF2077: an on-failure restart policy without a retry limit or with more than five retries (<c>restart:
/// on-failure</c>, <c>on-failure:10</c>, <c>deploy.restart_policy</c> with <c>condition: on-failure</c> and no or a
/// larger <c>max_attempts</c>). A container that fails at start then restarts forever, hiding the failure and
/// loading the host; the CIS Docker Benchmark asks for at most 5. <c>always</c> and <c>unless-stopped</c> are a
/// different choice (keep a service up whatever happens) and are not reported.
/// </summary>
public sealed class RestartRetriesUnlimitedRule : IRule<ComposeProject>
{
    private const int MaxRetries = 5;

    public string Id => RuleIds.RestartRetriesUnlimited;

    public void Check(ComposeProject project, RuleContext context)
    {
        foreach (var service in project.Services)
        {
            if (service.Restart is { } restart && restart.Value.StartsWith("on-failure", StringComparison.Ordinal) && restart.Variables.Count == 0)
            {
                var count = restart.Value.Length > "on-failure".Length ? restart.Value.Substring("on-failure:".Length) : null;
                Check(context, service.Name, restart, count is null ? null : int.TryParse(count, out var n) ? n : -1, "restart: on-failure:5");
            }
            var policy = (service.Node["deploy"] as YamlMapping)?["restart_policy"] as YamlMapping;
            if (YamlViews.Scalar(policy, "condition") is { Value: "on-failure" } condition
                && YamlViews.Scalar(policy, "max_attempts") is var attempts && attempts is not { Variables.Count: > 0 })
                Check(context, service.Name, attempts ?? condition, attempts is null ? null : attempts.AsInteger is { } a ? (int)Math.Min(a, int.MaxValue) : -1, "max_attempts: 5");
        }
    }

    /// <param name="retries">Null when there is no limit, negative when the value is not a number (the schema's finding).</param>
    private static void Check(RuleContext context, string service, YamlScalar at, int? retries, string fix)
    {
        if (retries is < 0 or > 0 and <= MaxRetries) return;
        if (retries is null or 0)
            context.Report(at.UsedAt, $"Service '{service}' restarts on failure without a limit, so a container that cannot start restarts forever.",
                $"Limit the retries to at most {MaxRetries}: '{fix}'.");
        else
            context.Report(at.UsedAt, $"Service '{service}' restarts on failure up to {retries} times, where at most {MaxRetries} is recommended (CIS Docker Benchmark).",
                $"Limit the retries to at most {MaxRetries}: '{fix}'.");
    }
}
