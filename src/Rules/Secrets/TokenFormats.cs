using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace RedFire.Lint.Secrets;

/// <summary>
/// The credential formats recognised anywhere in a text, specific ones first: a match overlapping an earlier
/// format's is dropped, so the catch-alls at the end (AWS secret by name, Bearer, Basic) yield to JWTs and tokens.
/// Every pattern starts with a literal or a look-behind so it can only begin at a token boundary, and every
/// repetition is bounded. For webhook URLs the secret is the path after the well-known prefix.
/// </summary>
internal static class TokenFormats
{
    // A token's characters may not continue on either side of it.
    private const string NotAfterWord = @"(?<![A-Za-z0-9_-])";
    private const string NotBeforeWord = @"(?![A-Za-z0-9_-])";

    public static IReadOnlyList<TokenFormat> All { get; } =
    [
        new("private key", @"-----BEGIN (?:[A-Z0-9]{1,16} ){0,3}PRIVATE KEY(?: BLOCK)?-----(?:[^-]|-(?!----)){1,16384}?-----END (?:[A-Z0-9]{1,16} ){0,3}PRIVATE KEY(?: BLOCK)?-----",
            ["PRIVATE KEY"], HasKeyMaterial),
        new("AWS access key ID", @"(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])", ["AKIA", "ASIA", "ABIA", "ACCA"]),
        new("GitHub token", NotAfterWord + @"gh[pousr]_[A-Za-z0-9]{36,251}" + NotBeforeWord, ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"]),
        new("GitHub fine-grained token", NotAfterWord + @"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}" + NotBeforeWord, ["github_pat_"]),
        new("GitLab token", NotAfterWord + @"gl(?:pat|dt|rt|ptt)-[A-Za-z0-9_-]{20,64}" + NotBeforeWord, ["glpat-", "gldt-", "glrt-", "glptt-"]),
        new("Slack webhook URL", @"https://hooks\.slack\.com/(?:services|workflows|triggers)/(?<secret>T[A-Z0-9_]{6,12}/[AB][A-Z0-9_]{6,12}/[A-Za-z0-9_]{16,40})(?![A-Za-z0-9_])",
            ["hooks.slack.com/"]),
        new("Slack token", NotAfterWord + @"xox[abposre]-[0-9]{6,15}-[0-9A-Za-z-]{8,250}" + NotBeforeWord, ["xox"]),
        new("Slack app token", NotAfterWord + @"xapp-[0-9]-[A-Z0-9]{6,15}-[0-9]{6,15}-[a-f0-9]{32,80}" + NotBeforeWord, ["xapp-"]),
        new("Discord webhook URL", @"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/(?<secret>[0-9]{17,20}/[A-Za-z0-9_-]{60,80})" + NotBeforeWord, ["discord"]),
        new("Stripe secret key", NotAfterWord + @"(?:sk|rk)_live_[0-9A-Za-z]{24,247}" + NotBeforeWord, ["sk_live_", "rk_live_"]),
        new("Google API key", NotAfterWord + @"AIza[0-9A-Za-z_-]{35}" + NotBeforeWord, ["AIza"]),
        new("Google OAuth client secret", NotAfterWord + @"GOCSPX-[0-9A-Za-z_-]{28}" + NotBeforeWord, ["GOCSPX-"]),
        new("Google OAuth access token", NotAfterWord + @"ya29\.[0-9A-Za-z_-]{30,2048}" + NotBeforeWord, ["ya29."]),
        new("JSON Web Token", NotAfterWord + @"eyJ[A-Za-z0-9_-]{8,4096}\.[A-Za-z0-9_-]{4,8192}\.[A-Za-z0-9_-]{16,2048}" + NotBeforeWord, ["eyJ"], IsSignedJwt),
        new("npm token", NotAfterWord + @"npm_[A-Za-z0-9]{36}" + NotBeforeWord, ["npm_"]),
        new("PyPI token", NotAfterWord + @"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,512}" + NotBeforeWord, ["pypi-AgEIcHlwaS5vcmc"]),
        new("Docker Hub access token", NotAfterWord + @"dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,64}" + NotBeforeWord, ["dckr_"]),
        new("SendGrid API key", NotAfterWord + @"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}" + NotBeforeWord, ["SG."]),
        new("Twilio API key", @"(?<![A-Za-z0-9])SK[0-9a-fA-F]{32}(?![A-Za-z0-9])", ["SK"]),
        new("Square token", NotAfterWord + @"sq0(?:atp|csp)-[0-9A-Za-z_-]{22,43}" + NotBeforeWord, ["sq0"]),
        // "-us" alone is in every "--user" and "--userns".
        new("Mailchimp API key", @"(?<![A-Za-z0-9])[0-9a-f]{32}-us[0-9]{1,2}(?![A-Za-z0-9])", ["-us0", "-us1", "-us2", "-us3", "-us4", "-us5", "-us6", "-us7", "-us8", "-us9"]),
        new("Mailgun API key", NotAfterWord + @"key-[0-9a-f]{32}(?![A-Za-z0-9])", ["key-"]),
        new("Amazon MWS auth token", @"amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", ["amzn.mws."]),
        new("OpenAI API key", NotAfterWord + @"sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200}" + NotBeforeWord, ["T3BlbkFJ"]),
        new("Anthropic API key", NotAfterWord + @"sk-ant-(?:api|admin)[0-9]{2}-[A-Za-z0-9_-]{80,120}" + NotBeforeWord, ["sk-ant-"]),
        new("Telegram bot token", @"(?<![0-9])[0-9]{8,10}:AA[0-9A-Za-z_-]{33}" + NotBeforeWord, [":AA"]),
        new("HashiCorp Vault token", NotAfterWord + @"hv[sb]\.[A-Za-z0-9_-]{24,512}" + NotBeforeWord, ["hvs.", "hvb."]),
        new("DigitalOcean token", NotAfterWord + @"do[por]_v1_[a-f0-9]{64}" + NotBeforeWord, ["_v1_"]),
        new("AWS secret access key", @"(?i)aws_?secret_?(?:access_?)?key[""']?\s{0,8}[:=]\s{0,8}[""']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])",
            ["aws"]),
        new("Azure storage key", @"(?i)(?:AccountKey|SharedAccessKey)\s{0,8}=\s{0,8}(?<secret>[A-Za-z0-9+/]{20,200}={0,2})(?![A-Za-z0-9+/=])",
            ["accountkey", "sharedaccesskey"]),
        new("Bearer token", @"(?<![A-Za-z0-9])(?i:bearer)\s{1,8}(?<secret>[A-Za-z0-9._~+/-]{20,4096}=*)(?![A-Za-z0-9._~+/=-])",
            ["bearer"], LooksLikeToken),
        new("Basic auth credentials", @"(?<![A-Za-z0-9])(?i:basic)\s{1,8}(?<secret>[A-Za-z0-9+/]{8,1024}={0,2})(?![A-Za-z0-9+/=])",
            ["basic"], IsEncodedUserAndPassword),
    ];

    /// <summary>Which formats' hints a text holds, in <see cref="All"/>'s order: one pass over the text for all of them.</summary>
    public static LiteralGroups Hints { get; } = new(All.Select(format => format.Hints).ToArray());

    /// <summary>A private key block with real content, not "MIIE...".</summary>
    private static bool HasKeyMaterial(string block)
    {
        var bodyStart = block.IndexOf("-----", 5, StringComparison.Ordinal) + 5;
        var bodyEnd = block.LastIndexOf("-----END", StringComparison.Ordinal);
        if (bodyStart < 5 || bodyEnd <= bodyStart) return false;
        var material = 0;
        for (var i = bodyStart; i < bodyEnd; i++)
            if (IsBase64Char(block[i])) material++;
        return material >= 64 && block.IndexOf("...", StringComparison.Ordinal) < 0;
    }

    /// <summary>A JWT whose header decodes to a JSON object naming a signing algorithm (and not "none").</summary>
    private static bool IsSignedJwt(string token)
    {
        var header = DecodeBase64(token.Substring(0, token.IndexOf('.')), urlSafe: true);
        return header is not null && header.TrimStart().StartsWith("{", StringComparison.Ordinal)
            && header.Contains("\"alg\"") && !header.Replace(" ", string.Empty).Contains("\"alg\":\"none\"");
    }

    /// <summary>Random-looking enough to be a credential rather than a word that followed "Bearer" in prose.</summary>
    private static bool LooksLikeToken(string candidate) =>
        candidate.Any(char.IsDigit) && candidate.Any(char.IsLetter);

    /// <summary>HTTP Basic credentials: base64 of printable "user:password" with both parts present.</summary>
    private static bool IsEncodedUserAndPassword(string candidate)
    {
        var decoded = DecodeBase64(candidate, urlSafe: false);
        if (decoded is null || decoded.Any(c => c < ' ' || c > '~')) return false;
        var colon = decoded.IndexOf(':');
        return colon > 0 && colon < decoded.Length - 1;
    }

    private static bool IsBase64Char(char c) =>
        c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '+' or '/' or '=';

    private static string? DecodeBase64(string text, bool urlSafe)
    {
        var normalized = urlSafe ? text.Replace('-', '+').Replace('_', '/') : text;
        normalized = normalized.TrimEnd('=');
        normalized += new string('=', (4 - normalized.Length % 4) % 4);
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(normalized));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
