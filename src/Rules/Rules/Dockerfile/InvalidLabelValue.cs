using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1058: a LABEL named in policy.labelSchema whose value is empty or not of the kind the schema says
/// (url, rfc3339, spdx, hash, semver, email). Values with variables are only known at build time and pass.
/// </summary>
public sealed class InvalidLabelValue : IRule<DockerfileDocument>
{
    private static readonly Regex Rfc3339 = new(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant);
    private static readonly Regex GitHash = new(@"^([0-9a-f]{7,40}|[0-9a-f]{64})$", RegexOptions.CultureInvariant);
    private static readonly Regex SemVer = new(@"^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$", RegexOptions.CultureInvariant);
    private static readonly Regex Email = new(@"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$|^[^<>]*<[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+>$", RegexOptions.CultureInvariant);
    private static readonly Regex SpdxTerm = new(@"^(LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9.+-]+)$", RegexOptions.CultureInvariant);

    /// <summary>Common SPDX license identifiers; LicenseRef-* is always accepted.</summary>
    private static readonly HashSet<string> SpdxIds = new(StringComparer.OrdinalIgnoreCase)
    {
        "0BSD", "AFL-3.0", "AGPL-3.0", "AGPL-3.0-only", "AGPL-3.0-or-later", "Apache-1.1", "Apache-2.0", "Artistic-2.0", "BSD-1-Clause",
        "BSD-2-Clause", "BSD-3-Clause", "BSD-3-Clause-Clear", "BSD-4-Clause", "BSL-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "CDDL-1.0",
        "CDDL-1.1", "CPL-1.0", "ECL-2.0", "EPL-1.0", "EPL-2.0", "EUPL-1.1", "EUPL-1.2", "GPL-2.0", "GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0",
        "GPL-3.0-only", "GPL-3.0-or-later", "ISC", "LGPL-2.0", "LGPL-2.0-only", "LGPL-2.0-or-later", "LGPL-2.1", "LGPL-2.1-only",
        "LGPL-2.1-or-later", "LGPL-3.0", "LGPL-3.0-only", "LGPL-3.0-or-later", "MIT", "MIT-0", "MPL-1.1", "MPL-2.0", "MS-PL", "MS-RL",
        "NCSA", "ODbL-1.0", "OFL-1.1", "OpenSSL", "PostgreSQL", "PSF-2.0", "Python-2.0", "Ruby", "Unlicense", "UPL-1.0", "W3C", "WTFPL",
        "X11", "Zlib", "ZPL-2.1", "BUSL-1.1", "SSPL-1.0", "Elastic-2.0", "Proprietary",
    };

    public string Id => RuleIds.InvalidLabelValue;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        var schema = context.Policy.LabelSchema;
        if (schema.Count == 0) return;
        foreach (var pair in Labels.AllPairs(document))
        {
            if (!schema.TryGetValue(pair.Name, out var kind)) continue;
            var value = pair.Value?.Value ?? "";
            if (pair.Value is { } word && word.Raw.IndexOf('$') >= 0) continue;
            var location = pair.Value?.Location ?? pair.Location;
            if (value.Trim().Length == 0)
                context.Report(location, $"Label '{pair.Name}' is empty.", $"Give it a value ({kind}).");
            else if (!IsValid(kind, value))
                context.Report(location, $"Label '{pair.Name}' is '{value}', which is not a valid {Describe(kind)}.", $"Write a {Describe(kind)}, for example {Example(kind)}.");
        }
    }

    private static bool IsValid(string kind, string value) => kind switch
    {
        "url" => Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "git" or "ssh" or "ftp",
        "rfc3339" => Rfc3339.IsMatch(value),
        "spdx" => IsSpdxExpression(value),
        "hash" => GitHash.IsMatch(value),
        "semver" => SemVer.IsMatch(value),
        "email" => Email.IsMatch(value),
        _ => true,
    };

    private static bool IsSpdxExpression(string value)
    {
        var terms = value.Replace("(", " ").Replace(")", " ").Split([' '], StringSplitOptions.RemoveEmptyEntries)
            .Where(t => t is not ("AND" or "OR" or "WITH")).ToArray();
        return terms.Length > 0 && terms.All(t => SpdxTerm.IsMatch(t) && (t.StartsWith("LicenseRef-", StringComparison.Ordinal) || SpdxIds.Contains(t.TrimEnd('+'))
            || t.EndsWith("-exception", StringComparison.OrdinalIgnoreCase)));
    }

    private static string Describe(string kind) => kind switch
    {
        "url" => "URL",
        "rfc3339" => "RFC 3339 time",
        "spdx" => "SPDX license expression",
        "hash" => "git commit hash",
        "semver" => "semantic version",
        "email" => "email address",
        _ => kind,
    };

    private static string Example(string kind) => kind switch
    {
        "url" => "'https://github.com/example/app'",
        "rfc3339" => "'2024-05-01T12:00:00Z'",
        "spdx" => "'Apache-2.0'",
        "hash" => "'43c572f1272b6b3171dd1db9e41b7027128ce080'",
        "semver" => "'1.4.2'",
        "email" => "'team@example.com'",
        _ => "a value",
    };
}
