using System;
using System.Collections.Generic;

namespace RedFire.Lint.Secrets;

/// <summary>
/// <c>key=value;key=value</c> connection strings (ADO.NET, Npgsql, Azure, Redis options…): their pairs, so that
/// <c>Password=</c>, <c>Pwd=</c> or <c>AccessKey=</c> can be checked like any secret-named setting.
/// </summary>
internal static class ConnectionString
{
    public readonly struct Pair
    {
        public Pair(string key, int valueStart, int valueLength)
        {
            Key = key;
            ValueStart = valueStart;
            ValueLength = valueLength;
        }

        public string Key { get; }

        public int ValueStart { get; }

        public int ValueLength { get; }
    }

    /// <summary>The pairs, or nothing when the text is not a connection string (fewer than two pairs).</summary>
    public static IReadOnlyList<Pair> Pairs(string text)
    {
        if (text.IndexOf(';') < 0 || text.IndexOf('=') < 0) return [];
        var pairs = new List<Pair>();
        var position = 0;
        while (position < text.Length)
        {
            var end = text.IndexOf(';', position);
            if (end < 0) end = text.Length;
            var equals = text.IndexOf('=', position);
            if (equals > position && equals < end)
            {
                var key = text.Substring(position, equals - position).Trim();
                if (key.Length > 0) pairs.Add(new Pair(key, equals + 1, end - equals - 1));
            }
            position = end + 1;
        }
        return pairs.Count >= 2 ? pairs : Array.Empty<Pair>();
    }
}
