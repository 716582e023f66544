using RedFire.Lint.Dockerfiles;
using RedFire.Lint.Secrets;

namespace RedFire.Lint.Rules.Secrets;

/// <summary>
/// RF3005: a Dockerfile declares a secret-named ARG or sets a secret-named ENV. Even when the value comes from
/// <c>--build-arg</c> or another variable, build arguments are recorded in the image history and ENV values in the
/// image configuration, so anyone who pulls the image can read the secret. A hard-coded value is RF3002's finding
/// (reported once, there); an ENV set to an empty string leaks nothing.
/// </summary>
public sealed class SecretInArgOrEnvRule : IRule<DockerfileDocument>
{
    public string Id => RuleIds.SecretInArgOrEnv;

    public void Check(DockerfileDocument model, RuleContext context)
    {
        foreach (var written in model.Instructions)
        {
            var instruction = written.Trigger ?? written;
            if (!instruction.Is("ARG") && !instruction.Is("ENV")) continue;
            foreach (var pair in instruction.Pairs)
            {
                if (!SecretNames.IsSecret(pair.Name)) continue;
                var value = pair.Value?.Value ?? string.Empty;
                if (instruction.Is("ENV") && value.Trim().Trim('"', '\'').Length == 0) continue;
                if (SecretDetector.InspectSetting(pair.Name, value) is not null || SecretDetector.FindKnownFormats(value).Count > 0) continue;
                var kept = instruction.Is("ARG") ? "build arguments are recorded in the image history (docker history)" : "ENV values are stored in the image configuration (docker inspect)";
                context.Report(pair.Key.Location,
                    $"{instruction.Keyword} {pair.Name} passes a secret through the image, where a build secret or a run-time value is expected: {kept}, so anyone with the image can read it.",
                    $"Use RUN --mount=type=secret,id={pair.Name.ToLowerInvariant()} for the build and pass it at run time (environment or /run/secrets/…) instead.");
            }
        }
    }
}
