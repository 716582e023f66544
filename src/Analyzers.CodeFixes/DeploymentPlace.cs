using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace RedFire.Lint.Analyzers.CodeFixes;

/// <summary>
/// A deployment place a port diagnostic points at (one of its additional locations): the AdditionalDocument and
/// the span of the port number inside the reported text — the whole text (<c>8060</c>, <c>"8016"</c>) or the part
/// after a colon (<c>vnpy-core:8016</c>, <c>http://localhost:8040/health</c>, <c>0.0.0.0:8004</c>). ASP.NET Core's
/// settings list several (<c>8080;8081</c>, <c>http://+:8080;https://+:8443</c>): <see cref="Ports"/> holds each,
/// <see cref="PortSpan"/> is the first's, which the deployment-side fix rewrites (one agreeing port is enough there).
/// </summary>
internal sealed record DeploymentPlace(TextDocument Document, TextSpan PortSpan, IReadOnlyList<int> Ports)
{
    private static readonly Regex AfterColon = new(@"(?<=:)\d{1,5}(?!\d)", RegexOptions.CultureInvariant);
    private static readonly Regex Whole = new(@"^\s*[""']?(?<port>\d{1,5})[""']?\s*$", RegexOptions.CultureInvariant);

    /// <summary>The one port the place states, or null when it states several.</summary>
    public int? Port => Ports.Count == 1 ? Ports[0] : null;

    /// <summary>One entry per additional location, null where the place cannot be read as port numbers.</summary>
    public static async Task<IReadOnlyList<DeploymentPlace?>> ReadAllAsync(Project project, IEnumerable<Location> locations, CancellationToken cancellationToken)
    {
        var places = new List<DeploymentPlace?>();
        foreach (var location in locations)
            places.Add(await ReadAsync(project, location, cancellationToken).ConfigureAwait(false));
        return places;
    }

    private static async Task<DeploymentPlace?> ReadAsync(Project project, Location location, CancellationToken cancellationToken)
    {
        if (location.Kind != LocationKind.ExternalFile) return null;
        var path = location.GetLineSpan().Path;
        var document = project.AdditionalDocuments.FirstOrDefault(d => string.Equals(d.FilePath, path, StringComparison.Ordinal));
        if (document is null) return null;
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        if (location.SourceSpan.End > text.Length) return null;

        var reported = text.ToString(location.SourceSpan);
        var numbers = new List<(int Start, int Length, int Port)>();
        var offset = 0;
        foreach (var part in reported.Split(';'))
        {
            var whole = Whole.Match(part);
            var number = whole.Success ? whole.Groups["port"] : LastOf(AfterColon.Matches(part));
            if (number is null || !int.TryParse(number.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
                return null;
            numbers.Add((offset + number.Index, number.Length, port));
            offset += part.Length + 1;
        }
        var first = numbers[0];
        return new DeploymentPlace(document, new TextSpan(location.SourceSpan.Start + first.Start, first.Length), numbers.Select(n => n.Port).ToArray());
    }

    private static Group? LastOf(MatchCollection matches) => matches.Count == 0 ? null : matches[matches.Count - 1].Groups[0];
}
