namespace RedFire.Lint.Rules;

// ShellCheck on RUN bodies (RF1090-RF1099 are the range for Dockerfile checks added with it).
public static partial class RuleIds
{
    /// <summary>A ShellCheck error or warning in a RUN.</summary>
    public const string ShellCheckWarning = "RF1090";

    /// <summary>A ShellCheck info or style note in a RUN.</summary>
    public const string ShellCheckNote = "RF1091";
}
