namespace RedFire.Lint.Rules;

public static partial class RuleIds
{
    /// <summary>An nginx file nginx cannot read (unbalanced braces, missing ';', unclosed quote, include cycle).</summary>
    public const string NginxSyntax = "RF0005";

    public const string NginxDirectiveNotAllowedHere = "RF2551";

    public const string NginxProxyPassUnknownUpstream = "RF2552";

    public const string NginxListen443WithoutSsl = "RF2553";

    public const string NginxServerTokensOn = "RF2554";
}
