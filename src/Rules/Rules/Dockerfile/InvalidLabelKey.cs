using System;
using System.Text.RegularExpressions;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1055 (info): a LABEL key outside Docker's key format (letters, digits, '.' and '-'; starting with a letter,
/// ending with a letter or digit; no '..' or '--'), or in a namespace Docker reserves (com.docker.*, io.docker.*,
/// org.dockerproject.*). Upper case is accepted: it is legal, only unusual.
/// </summary>
public sealed class InvalidLabelKey : IRule<DockerfileDocument>
{
    private static readonly Regex Format = new(@"^[A-Za-z]([A-Za-z0-9]|[.-](?![.-]))*[A-Za-z0-9]$|^[A-Za-z]$", RegexOptions.CultureInvariant);

    private static readonly string[] Reserved = ["com.docker.", "io.docker.", "org.dockerproject."];

    public string Id => RuleIds.InvalidLabelKey;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var instruction in document.Instructions)
        {
            var label = instruction.Is("ONBUILD") && instruction.Trigger is { } trigger ? trigger : instruction;
            if (!label.Is("LABEL")) continue;
            foreach (var pair in label.Pairs)
            {
                var key = pair.Name;
                var reserved = Array.Find(Reserved, r => key.StartsWith(r, StringComparison.OrdinalIgnoreCase));
                if (reserved is not null)
                    context.Report(pair.Key.Location, $"Label key '{key}' is in the namespace '{reserved}*' that Docker reserves for itself.",
                        $"Use your own reverse-DNS prefix (for example org.example.{key.Substring(reserved.Length)}) or the org.opencontainers.image.* keys.");
                else if (!Format.IsMatch(key))
                    context.Report(pair.Key.Location, $"Label key '{key}' is not in Docker's key format (letters and digits separated by single '.' or '-', starting with a letter).",
                        $"Rename it, for example 'org.example.{Regex.Replace(key.ToLowerInvariant(), "[^a-z0-9]+", ".").Trim('.')}'.");
            }
        }
    }
}
