using System.Linq;
using RedFire.Lint.Deployment;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>
/// Redis started with <c>--requirepass</c> answers an unauthenticated <c>redis-cli</c> with NOAUTH: a health check
/// that does not authenticate never passes, and every service waiting for redis to be healthy never starts.
/// </summary>
public sealed class HealthCheckWithoutAuthenticationRule : IRule<DeploymentModel>
{
    private static readonly string[] AuthOptions = ["-a", "--pass", "--askpass", "-u", "--user"];

    public string Id => RuleIds.HealthCheckWithoutAuthentication;

    public void Check(DeploymentModel model, RuleContext context)
    {
        foreach (var service in model.Services)
        {
            var words = (service.Entrypoint ?? service.Stage?.Entrypoint?.Words ?? [])
                .Concat(service.Command ?? service.Stage?.Cmd?.Words ?? []).ToArray();
            var requirePass = words.FirstOrDefault(w => w.Value == "--requirepass" || w.Value.Contains("--requirepass ") || w.Value.StartsWith("requirepass", System.StringComparison.Ordinal));
            if (requirePass is null) continue;

            var check = service.HealthCheck ?? service.Stage?.HealthCheck;
            if (check is not { Disabled: false }) continue;
            var cli = check.Test.FirstOrDefault(w => System.IO.Path.GetFileName(w.Value) == "redis-cli");
            if (cli is null) continue;
            var authenticates = check.Test.Any(w => AuthOptions.Contains(w.Value) || w.Value.StartsWith("-a", System.StringComparison.Ordinal) && w.Value.Length > 2
                || w.Value.Contains("redis://") && w.Value.Contains("@") || w.Value.StartsWith("REDISCLI_AUTH=", System.StringComparison.Ordinal))
                || service.EnvironmentVariable("REDISCLI_AUTH") is { } auth && (auth.Value is { Length: > 0 } || auth.RawValue is { Length: > 0 });
            if (authenticates) continue;

            context.Report(cli.Location,
                $"Service {service.Name} starts redis with --requirepass, but its health check runs redis-cli without authenticating (no -a, no REDISCLI_AUTH), so redis answers NOAUTH, the check never passes and services waiting for {service.Name} to be healthy never start.",
                $"Set REDISCLI_AUTH for redis-cli (in the service's environment, or in front of the command from the secret file), or pass -a.",
                new RelatedLocation(requirePass.Location, "--requirepass"));
        }
    }
}
