using System.Linq;
using RedFire.Lint.Deployment;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>
/// A service's <c>env_file</c> that does not exist: docker compose refuses to start ("env file … not found")
/// unless the entry says <c>required: false</c>. Often the file is deliberately not committed; then the fix
/// is <c>required: false</c>, or a committed example and a documented deploy step: an example beside it
/// (<c>.env.example</c>, <c>example.env</c>, <c>app.env.sample</c>) is that, and the entry is not reported.
/// </summary>
public sealed class EnvFileMissingRule : IRule<DeploymentModel>
{
    public string Id => RuleIds.EnvFileMissing;

    public void Check(DeploymentModel model, RuleContext context)
    {
        foreach (var service in model.Services)
            foreach (var envFile in service.EnvFiles.Where(e => e.Required && !e.Exists && !e.HasExample))
                context.Report(envFile.Location,
                    $"Service {service.Name} reads env_file {envFile.Path}, which does not exist next to the compose file, so docker compose refuses to start.",
                    $"Create it at deploy time and mark the entry required: false (long syntax), or point at the file that exists.");
    }
}
