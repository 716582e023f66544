namespace RedFire.Lint.Rules;

public static partial class RuleIds
{
    /// <summary>An nginx file nginx cannot read (unbalanced braces, missing ';', unclosed quote, include cycle).</summary>
    public const string NginxSyntax = "RF0005";

    public const string NginxDirectiveNotAllowedHere = "RF2551";

    public const string NginxProxyPassUnknownUpstream = "RF2552";

    public const string NginxListen443WithoutSsl = "RF2553";

    public const string NginxServerTokensOn = "RF2554";

    /// <summary><c>ssl_protocols</c> allows SSLv2, SSLv3, TLSv1 or TLSv1.1.</summary>
    public const string NginxWeakTlsProtocol = "RF2555";

    /// <summary><c>ssl_ciphers</c> enables broken ciphers (RC4, DES, 3DES, MD5, NULL, EXPORT, anonymous).</summary>
    public const string NginxWeakCiphers = "RF2556";

    /// <summary>A TLS server sends no Strict-Transport-Security header.</summary>
    public const string NginxTlsServerWithoutHsts = "RF2557";

    /// <summary><c>autoindex on</c> lists directories to anyone.</summary>
    public const string NginxAutoindexOn = "RF2558";

    /// <summary>A prefix location without a trailing slash whose <c>alias</c> ends in one: <c>/static../</c> escapes it.</summary>
    public const string NginxAliasTraversal = "RF2559";

    /// <summary><c>proxy_pass</c> takes its host from the request (arguments, headers, URI captures).</summary>
    public const string NginxProxyPassFromRequest = "RF2560";
}
