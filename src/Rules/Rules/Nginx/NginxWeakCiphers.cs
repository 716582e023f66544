using System;
using System.Linq;
using RedFire.Lint.Nginx;

namespace RedFire.Lint.Rules.Nginx;

/// <summary>
/// RF2556: an <c>ssl_ciphers</c> list that turns on (rather than excludes with <c>!</c> or <c>-</c>) a cipher family
/// that is broken: RC4, single and triple DES, MD5 MACs, no encryption, export grade, or no authentication.
/// </summary>
public sealed class NginxWeakCiphers : IRule<NginxConfig>
{
    /// <summary>OpenSSL cipher-string words and name parts that select broken ciphers.</summary>
    private static readonly string[] WeakParts = ["RC4", "DES", "3DES", "MD5", "NULL", "eNULL", "aNULL", "EXPORT", "EXP", "ADH", "AECDH", "LOW"];

    public string Id => RuleIds.NginxWeakCiphers;

    public void Check(NginxConfig model, RuleContext context)
    {
        foreach (var (directive, _) in model.Walk())
        {
            if (directive.Name != "ssl_ciphers" || directive.Arguments.Count == 0) continue;
            var argument = directive.Arguments[0];
            var weak = argument.Value.Split(':', ',', ' ')
                .Where(word => word.Length > 0 && word[0] is not ('!' or '-') && IsWeak(word.TrimStart('+')))
                .Distinct(StringComparer.Ordinal).ToArray();
            if (weak.Length == 0) continue;
            context.Report(argument.Location,
                $"ssl_ciphers enables {string.Join(", ", weak)}, {(weak.Length == 1 ? "a cipher" : "ciphers")} with practical attacks; only AEAD ciphers with forward secrecy are expected.",
                $"Use Mozilla's intermediate list, e.g. 'ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305;', or exclude these with '!'.");
        }
    }

    private static bool IsWeak(string word) =>
        word.Split('-', '+').Any(part => WeakParts.Contains(part, StringComparer.Ordinal) || part.StartsWith("DES", StringComparison.Ordinal));
}
