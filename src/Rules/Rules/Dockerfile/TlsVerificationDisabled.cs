using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1046: a RUN turns off certificate or signature checks — <c>curl -k</c>, <c>wget --no-check-certificate</c>,
/// <c>pip --trusted-host</c>, <c>apk --allow-untrusted</c>, <c>apt-get --allow-unauthenticated</c>/<c>--force-yes</c>,
/// <c>yum/dnf --nogpgcheck</c>, <c>rpm --nosignature</c> — or ENV disables TLS checks for Python, Node, npm or git.
/// </summary>
public sealed class TlsVerificationDisabled : IRule<DockerfileDocument>
{
    public string Id => RuleIds.TlsVerificationDisabled;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var (_, _, command) in document.AllRunCommands)
        {
            var option = command.Program switch
            {
                "curl" => Find(command, "-k", "--insecure"),
                "wget" => Find(command, "--no-check-certificate"),
                "pip" or "pip3" or "python" or "python3" => Find(command, "--trusted-host"),
                "apk" => Find(command, "--allow-untrusted"),
                "apt-get" or "apt" => Find(command, "--allow-unauthenticated", "--force-yes", "--allow-insecure-repositories"),
                "yum" or "dnf" or "tdnf" or "microdnf" => Find(command, "--nogpgcheck"),
                "rpm" => Find(command, "--nosignature", "--nodigest", "--noverify", "--nofiledigest"),
                "git" => command.Arguments.FirstOrDefault(a => a.Value is "http.sslVerify=false" or "http.sslverify=false"),
                _ => null,
            };
            if (option is null) continue;
            context.Report(option.Location, $"'{command.Program} {option.Value}' turns off certificate or signature verification, so a tampered download is accepted.",
                $"Remove it and install the CA certificate or key instead.");
        }
        foreach (var instruction in document.Instructions.Where(i => i.Is("ENV")))
            foreach (var pair in instruction.Pairs)
            {
                var value = pair.Value?.Value ?? "";
                var disables = pair.Name switch
                {
                    "PYTHONHTTPSVERIFY" or "NODE_TLS_REJECT_UNAUTHORIZED" => value == "0",
                    "NPM_CONFIG_STRICT_SSL" or "npm_config_strict_ssl" => value.ToLowerInvariant() == "false",
                    "GIT_SSL_NO_VERIFY" => true,
                    "PIP_TRUSTED_HOST" => value.Length > 0,
                    _ => false,
                };
                if (disables)
                    context.Report(pair.Location, $"ENV {pair.Name}={value} turns off TLS certificate verification for every later step and the running container.",
                        $"Remove it and trust the right CA instead.");
            }
    }

    /// <summary>The first argument that is one of the options (alone or as <c>--option=value</c>); for curl, <c>-k</c> inside bundled short options too.</summary>
    private static ShellWord? Find(ShellCommand command, params string[] options)
    {
        var bundlesK = options.Contains("-k");
        foreach (var argument in command.Arguments)
        {
            var value = argument.Value;
            foreach (var option in options)
                if (value.StartsWith(option, System.StringComparison.Ordinal) && (value.Length == option.Length || value[option.Length] == '='))
                    return argument;
            if (bundlesK && value.Length > 1 && value[0] == '-' && value[1] != '-' && value.IndexOf('k') >= 0) return argument;
        }
        return null;
    }
}
