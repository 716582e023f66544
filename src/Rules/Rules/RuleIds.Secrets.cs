namespace RedFire.Lint.Rules;

public static partial class RuleIds
{
    /// <summary>A credential in a known format (cloud key, GitHub/GitLab/Slack token, JWT, private key…) in any file.</summary>
    public const string HardCodedToken = "RF3001";

    /// <summary>A literal value in a secret-named setting (DB_PASSWORD=…, JWT_SECRET_KEY=…, ENV API_KEY=…).</summary>
    public const string HardCodedSecretSetting = "RF3002";

    /// <summary>A password in a URL or on a command line (postgres://u:p@h, curl -u u:p, echo p | docker login).</summary>
    public const string CredentialsInUrlOrCommand = "RF3003";

    /// <summary>A secret taken from a variable that may be unset (${DB_PASSWORD} without :?): the service starts with an empty secret.</summary>
    public const string OptionalSecretVariable = "RF3004";

    /// <summary>A secret-named ARG or ENV in a Dockerfile: its value is kept in the image (history, config) whoever supplies it.</summary>
    public const string SecretInArgOrEnv = "RF3005";
    /// <summary>A secret with a weak default (${DB_PASSWORD:-changeit}, :-123, :-postgres): a forgotten variable gives a guessable secret.</summary>
    public const string WeakDefaultSecret = "RF3006";
}
