namespace RedFire.Lint.Secrets;

/// <summary>Why a piece of text is taken for a secret.</summary>
public enum SecretKind
{
    /// <summary>It has the shape of a known credential (an AWS key id, a GitHub token, a private key block…).</summary>
    KnownFormat,

    /// <summary>It is the literal value of a setting whose name says it holds a secret (DB_PASSWORD, API_KEY…).</summary>
    SecretNamedKey,

    /// <summary>It is the password (or token) part of a URL.</summary>
    UrlCredential,

    /// <summary>It is given to a command as a credential: <c>curl -u user:pass</c>, <c>--password=…</c>, <c>echo pass | docker login</c>.</summary>
    CommandLineCredential,

    /// <summary>It looks random (high Shannon entropy) in a place named like a key (SIGNING_KEY, SALT…).</summary>
    HighEntropy,
}
