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
    private const int MinShortSecretLength = 4;
    private readonly string[] _secrets;

    // Hashes of every searched piece (8 characters, or a whole short secret), by length. Almost no message holds
    // one, and a message with no window of these lengths hashing to one of them cannot change: it is returned
    // after one pass per length instead of a search for every piece of every secret.
    private readonly Dictionary<int, HashSet<ulong>> _pieceHashesByLength = new();

    public SecretScrubber(IEnumerable<Sensitive> secrets)
    {
        _secrets = secrets.Select(s => s.Value).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        foreach (var secret in _secrets)
        {
            if (secret.Length < MinShortSecretLength) continue;
            var length = Math.Min(secret.Length, PieceLength);
            if (!_pieceHashesByLength.TryGetValue(length, out var hashes)) _pieceHashesByLength[length] = hashes = new HashSet<ulong>();
            for (var start = 0; start + length <= secret.Length; start++) hashes.Add(Hash(secret, start, length));
        }
    }

    public string Scrub(string message)
    {
        if (!MayHoldAPiece(message)) return message;
        foreach (var secret in _secrets)
        {
            if (secret.Length < PieceLength)
            {
                if (secret.Length >= MinShortSecretLength) message = message.Replace(secret, Sensitive.Mask(secret));
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

    private bool MayHoldAPiece(string message)
    {
        foreach (var byLength in _pieceHashesByLength)
            for (var start = 0; start + byLength.Key <= message.Length; start++)
                if (byLength.Value.Contains(Hash(message, start, byLength.Key))) return true;
        return false;
    }

    /// <summary>FNV-1a over the UTF-16 code units of <c>text[start..start+length)</c> (length is at most 8).</summary>
    private static ulong Hash(string text, int start, int length)
    {
        var hash = 14695981039346656037UL;
        for (var i = start; i < start + length; i++) hash = (hash ^ text[i]) * 1099511628211UL;
        return hash;
    }
}
