using System.IO;
using Newtonsoft.Json;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Output;

/// <summary>
/// The JSON contract other tools rely on:
/// <c>{"tool":{"name","version"},"diagnostics":[{"ruleId","severity","file","line","column","endLine","endColumn","message","help"?,"helpUri"}]}</c>.
/// Fields are written in a fixed order and diagnostics come sorted from the engine, so output is byte-identical.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    public void Write(LintReport report, TextWriter output)
    {
        using var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, Indentation = 2, CloseOutput = false };
        json.WriteStartObject();
        json.WritePropertyName("tool");
        json.WriteStartObject();
        json.WritePropertyName("name");
        json.WriteValue(ToolInfo.Name);
        json.WritePropertyName("version");
        json.WriteValue(report.ToolVersion);
        json.WriteEndObject();

        json.WritePropertyName("diagnostics");
        json.WriteStartArray();
        foreach (var diagnostic in report.Diagnostics) WriteDiagnostic(json, diagnostic);
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.Write('\n');
    }

    private static void WriteDiagnostic(JsonTextWriter json, Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        json.WriteStartObject();
        Property(json, "ruleId", diagnostic.RuleId);
        Property(json, "severity", diagnostic.Severity.ToName());
        Property(json, "file", location.File.Replace('\\', '/'));
        Property(json, "line", location.Line);
        Property(json, "column", location.Column);
        Property(json, "endLine", location.EndLine);
        Property(json, "endColumn", location.EndColumn);
        Property(json, "message", diagnostic.Message);
        if (diagnostic.Help.Length > 0) Property(json, "help", diagnostic.Help);
        Property(json, "helpUri", diagnostic.HelpUri);
        json.WriteEndObject();
    }

    private static void Property(JsonTextWriter json, string name, string value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    private static void Property(JsonTextWriter json, string name, int value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }
}
