using System.Reflection;
using RedFire.Lint.Output;

namespace RedFire.Lint.Cli;

/// <summary>The tool's name and version as output shows them.</summary>
internal static class ToolVersion
{
    public const string Name = ToolInfo.Name;

    /// <summary>The informational version without build metadata ("0.1.0", not "0.1.0+3f2a…"), so output is repeatable.</summary>
    public static string Current { get; } = Read();

    private static string Read()
    {
        var version = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+');
        return plus >= 0 ? version.Substring(0, plus) : version;
    }
}
