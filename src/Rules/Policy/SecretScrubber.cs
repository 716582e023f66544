using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Policy;

/// <summary>
/// The second line of defence: removes from a message any 8-character piece of any secret the run has
/// seen, in case a rule formatted a raw value by mistake. Masked renderings of <see cref="Sensitive"/> are
/// two characters long and pass untouched.
/// </summary>
internal sealed class SecretScrubber
{
    private const int PieceLength = 8;
    private readonly string[] _secrets;

    public SecretScrubber(IEnumerable<Sensitive> secrets) =>
        _secrets = secrets.Select(s => s.Value).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToArray();

    public string Scrub(string message)
    {
        foreach (var secret in _secrets)
        {
            if (secret.Length < PieceLength)
            {
                if (secret.Length >= 4) message = message.Replace(secret, Sensitive.Mask(secret));
                continue;
            }
            for (var start = 0; start + PieceLength <= secret.Length; start++)
            {
                var piece = secret.Substring(start, PieceLength);
                int at;
                while ((at = message.IndexOf(piece, StringComparison.Ordinal)) >= 0)
                    message = message.Substring(0, at) + "[redacted]" + message.Substring(at + PieceLength);
            }
        }
        return message;
    }
}
