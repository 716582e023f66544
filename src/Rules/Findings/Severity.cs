namespace RedFire.Lint.Findings;

/// <summary>How much a finding matters. <see cref="None"/> turns a rule off.</summary>
public enum Severity
{
    None = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}

public static class SeverityNames
{
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "none",
    };

    /// <summary>The next severity down: error → warning → info → none.</summary>
    public static Severity OneLevelLower(this Severity severity) => severity == Severity.None ? Severity.None : severity - 1;

    /// <summary>Parses our names and the .editorconfig ones (suggestion, silent, hidden, default).</summary>
    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error": severity = Severity.Error; return true;
            case "warning": case "warn": severity = Severity.Warning; return true;
            case "info": case "suggestion": severity = Severity.Info; return true;
            case "none": case "off": case "silent": case "hidden": severity = Severity.None; return true;
            default: severity = Severity.None; return false;
        }
    }
}
