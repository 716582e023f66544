using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Newtonsoft.Json;
using RedFire.Lint.Catalog;
using RedFire.Lint.Findings;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Output;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning and other viewers: one run whose driver lists every reported rule
/// with its help, results with regions, URIs relative to <c>%SRCROOT%</c> (the working directory). A result's own
/// help (the fix) is its message's markdown after the text, and the <c>help</c> property; not a SARIF <c>fix</c>,
/// which must carry the edit itself.
/// Written field by field in a fixed order so output is byte-identical for identical input.
/// </summary>
public sealed class SarifReportWriter : IReportWriter
{
    private const string SourceRoot = "%SRCROOT%";

    public void Write(LintReport report, TextWriter output)
    {
        var rules = report.Diagnostics.Select(d => d.RuleId).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToArray();
        var ruleIndex = rules.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index, StringComparer.Ordinal);

        using var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, Indentation = 2, CloseOutput = false };
        json.WriteStartObject();
        Property(json, "$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        Property(json, "version", "2.1.0");
        json.WritePropertyName("runs");
        json.WriteStartArray();
        json.WriteStartObject();

        json.WritePropertyName("tool");
        json.WriteStartObject();
        json.WritePropertyName("driver");
        json.WriteStartObject();
        Property(json, "name", ToolInfo.Name);
        Property(json, "version", report.ToolVersion);
        Property(json, "semanticVersion", report.ToolVersion);
        Property(json, "informationUri", ToolInfo.InformationUri);
        json.WritePropertyName("rules");
        json.WriteStartArray();
        foreach (var id in rules) WriteRule(json, Describe(report.Catalog, id));
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WritePropertyName("originalUriBaseIds");
        json.WriteStartObject();
        json.WritePropertyName(SourceRoot);
        json.WriteStartObject();
        Property(json, "uri", DirectoryUri(report.WorkingDirectory));
        json.WriteEndObject();
        json.WriteEndObject();

        json.WritePropertyName("results");
        json.WriteStartArray();
        foreach (var diagnostic in report.Diagnostics) WriteResult(json, diagnostic, ruleIndex[diagnostic.RuleId]);
        json.WriteEndArray();
        Property(json, "columnKind", "utf16CodeUnits");

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.Write('\n');
    }

    private static RuleDescriptor Describe(RuleCatalog catalog, string id) =>
        catalog.TryGet(id, out var rule) ? rule : new RuleDescriptor(id, id, "reliability", Severity.Warning, id, ToolInfo.InformationUri, []);

    private static void WriteRule(JsonTextWriter json, RuleDescriptor rule)
    {
        json.WriteStartObject();
        Property(json, "id", rule.Id);
        Property(json, "name", PascalCase(rule.Title));
        Text(json, "shortDescription", rule.Title);
        Text(json, "fullDescription", rule.Description);
        Property(json, "helpUri", rule.HelpUri);
        json.WritePropertyName("help");
        json.WriteStartObject();
        Property(json, "text", $"{rule.Description} See {rule.HelpUri}");
        Property(json, "markdown", $"**{rule.Id}: {rule.Title}**\n\n{rule.Description}\n\n[Documentation]({rule.HelpUri})");
        json.WriteEndObject();
        json.WritePropertyName("defaultConfiguration");
        json.WriteStartObject();
        Property(json, "level", Level(rule.DefaultSeverity));
        json.WriteEndObject();
        json.WritePropertyName("properties");
        json.WriteStartObject();
        json.WritePropertyName("tags");
        json.WriteStartArray();
        json.WriteValue(rule.Category);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(JsonTextWriter json, Diagnostic diagnostic, int ruleIndex)
    {
        json.WriteStartObject();
        Property(json, "ruleId", diagnostic.RuleId);
        json.WritePropertyName("ruleIndex");
        json.WriteValue(ruleIndex);
        Property(json, "level", Level(diagnostic.Severity));
        json.WritePropertyName("message");
        json.WriteStartObject();
        Property(json, "text", diagnostic.Message);
        if (diagnostic.Help.Length > 0) Property(json, "markdown", $"{Markdown(diagnostic.Message)}\n\n**Help:** {Markdown(diagnostic.Help)}");
        json.WriteEndObject();
        json.WritePropertyName("locations");
        json.WriteStartArray();
        json.WriteStartObject();
        WritePhysicalLocation(json, diagnostic.Location);
        json.WriteEndObject();
        json.WriteEndArray();
        if (diagnostic.Related.Count > 0)
        {
            json.WritePropertyName("relatedLocations");
            json.WriteStartArray();
            for (var i = 0; i < diagnostic.Related.Count; i++)
            {
                json.WriteStartObject();
                json.WritePropertyName("id");
                json.WriteValue(i + 1);
                WritePhysicalLocation(json, diagnostic.Related[i].Location);
                Text(json, "message", diagnostic.Related[i].Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        if (diagnostic.Help.Length > 0)
        {
            json.WritePropertyName("properties");
            json.WriteStartObject();
            Property(json, "help", diagnostic.Help);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    /// <summary>Text as literal markdown: the characters markdown gives a meaning escaped.</summary>
    private static string Markdown(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '<' or '>' or '(' or ')' or '#' or '+' or '-' or '!' or '|' or '~')
                escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    private static void WritePhysicalLocation(JsonTextWriter json, Location location)
    {
        json.WritePropertyName("physicalLocation");
        json.WriteStartObject();
        json.WritePropertyName("artifactLocation");
        json.WriteStartObject();
        var path = location.File.Replace('\\', '/');
        if (IsAbsolute(path))
        {
            Property(json, "uri", new Uri(path).AbsoluteUri);
        }
        else
        {
            Property(json, "uri", RelativeUri(path));
            Property(json, "uriBaseId", SourceRoot);
        }
        json.WriteEndObject();
        json.WritePropertyName("region");
        json.WriteStartObject();
        Number(json, "startLine", location.Line);
        Number(json, "startColumn", location.Column);
        Number(json, "endLine", Math.Max(location.EndLine, location.Line));
        Number(json, "endColumn", location.EndLine > location.Line ? location.EndColumn : Math.Max(location.EndColumn, location.Column));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static bool IsAbsolute(string path) => path.StartsWith("/", StringComparison.Ordinal) || (path.Length > 1 && path[1] == ':');

    /// <summary>A relative URI reference: each segment percent-encoded, '/' kept.</summary>
    internal static string RelativeUri(string path) =>
        string.Join("/", path.Split('/').Select(segment => segment == ".." || segment == "." ? segment : Uri.EscapeDataString(segment)));

    /// <summary>The working directory as a file URI with a trailing slash, as %SRCROOT% must be.</summary>
    internal static string DirectoryUri(string directory)
    {
        var uri = new Uri(Path.GetFullPath(directory)).AbsoluteUri;
        return uri.EndsWith("/", StringComparison.Ordinal) ? uri : uri + "/";
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "note",
        _ => "none",
    };

    private static string PascalCase(string title)
    {
        var name = new StringBuilder();
        foreach (var word in title.Split([' ', '-', '_', '/', '.', ',', '(', ')', '\'', '"', ':', '`'], StringSplitOptions.RemoveEmptyEntries))
            name.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        return name.ToString();
    }

    private static void Text(JsonTextWriter json, string name, string text)
    {
        json.WritePropertyName(name);
        json.WriteStartObject();
        Property(json, "text", text);
        json.WriteEndObject();
    }

    private static void Property(JsonTextWriter json, string name, string value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    private static void Number(JsonTextWriter json, string name, int value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }
}
