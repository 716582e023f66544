using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Newtonsoft.Json.Linq;
using RedFire.Lint.Catalog;
using RedFire.Lint.Compose.Config;
using RedFire.Lint.Findings;
using RedFire.Lint.Output;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Secrets;

/// <summary>
/// Never leak: fixtures full of secrets of every kind are linted; every planted secret must be reported, and no
/// diagnostic message, related message or rendered output of any format may contain a secret or any 8-character
/// piece of one. Pieces that are also ordinary words — the tool's fixed text (rule titles and descriptions, e.g.
/// "password") or the fixtures' text outside the secrets (a name such as DB_PASSWORD, which a message may quote,
/// in any case) — are not leaks and are skipped: masking must leave those words intact.
/// </summary>
public class LeakTests
{
    private const int PieceLength = 8;

    private static readonly string RepositoryRoot = typeof(LeakTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>Files with every secret marked <c>[|like this|]</c>.</summary>
    private static IEnumerable<(string Path, string Marked)> Fixtures()
    {
        yield return ("deploy/.env", string.Join("\n",
            $"GITHUB_TOKEN=[|{SecretSamples.GitHubToken}|]",
            $"GITLAB_TOKEN=[|{SecretSamples.GitLabToken}|]",
            $"FINE_GRAINED=[|{SecretSamples.GitHubFineGrainedToken}|]",
            $"SLACK_BOT=[|{SecretSamples.SlackToken}|]",
            $"ALERT_WEBHOOK_URL=https://hooks.slack.com/services/[|{SecretSamples.SlackWebhookSecret}|]",
            $"STRIPE=[|{SecretSamples.StripeKey}|]",
            $"MAPS=[|{SecretSamples.GoogleApiKey}|]",
            $"AWS_ACCESS_KEY_ID=[|{SecretSamples.AwsAccessKeyId}|]",
            $"aws_secret_access_key=[|{SecretSamples.AwsSecretKey}|]",
            $"SESSION=[|{SecretSamples.Jwt}|]",
            $"NPM=[|{SecretSamples.NpmToken}|]",
            $"MAIL=[|{SecretSamples.SendGridKey}|]",
            $"SMS=[|{SecretSamples.TwilioKey}|]",
            $"HUB=[|{SecretSamples.DockerHubToken}|]",
            $"STORAGE=\"DefaultEndpointsProtocol=https;AccountName=rf;AccountKey=[|{SecretSamples.AzureAccountKey}|];EndpointSuffix=core.windows.net\"",
            $"UPSTREAM_AUTH=\"Basic [|{SecretSamples.BasicCredentials}|]\"",
            $"TLS_KEY=\"[|{SecretSamples.PrivateKey}|]\"",
            $"APP_PASSWORD=[|{SecretSamples.Password}|]",
            $"SIGNING_KEY=[|{SecretSamples.RandomKey}|]",
            "DATABASE_URL=postgresql://redfire:[|Qm9vbXNoYWthbGFrYQ|]@postgres:5432/redfire",
            ""));
        yield return ("deploy/docker-compose.yml", string.Join("\n",
            "x-token: [|Vx9kQ2mZr7TnW4pB|]",
            "services:",
            "  postgres:",
            "    image: postgres:15-alpine",
            "    environment:",
            "      POSTGRES_PASSWORD: \"[|Hq7wXe2Lz9Pk4Rt|]\"",
            "  redis:",
            "    image: redis:7-alpine",
            "    command: redis-server --requirepass [|Jm3vB8nQ5sYc1Dx|]",
            "    healthcheck:",
            "      test: [\"CMD\", \"redis-cli\", \"-a\", \"[|Kp6tR2wZ9mF4hLq|]\", \"ping\"]",
            "  app:",
            "    image: redfire/app:1.0",
            "    build:",
            "      context: .",
            "      args:",
            "        - NPM_PASSWORD=[|Wf5yU1iO8pA3sDg|]",
            "    labels:",
            "      com.redfire.api-key: [|Zc4xV7bN2mQ9wEr|]",
            "    environment:",
            "      - MONGO_URL=mongodb://app:[|Tg8hJ3kL6zX1cVb|]@mongodb:27017/redfire",
            $"      - GITHUB_TOKEN=[|{SecretSamples.GitHubToken.Replace("u8jz", "q3Xa")}|]",
            ""));
        yield return ("deploy/services/app/Dockerfile", string.Join("\n",
            "FROM python:3.11-slim",
            "ENV DB_PASSWORD=\"[|Nb2mV5cX8zL1kJh|]\"",
            "ARG PIP_PASSWORD=[|Gf4dS7aQ0wE3rTy|]",
            "LABEL deploy-token=[|Uy6tR9eW2qA5sDf|]",
            "RUN curl -fsSL -u deploy:[|Pl0oK9iJ8uH7yGt|] https://artifacts/x.tgz -o /tmp/x.tgz",
            "RUN echo [|Mn1bV2cX3zL4kJh|] | docker login -u ci --password-stdin registry.example.com",
            "RUN git clone https://[|Qw5eR6tY7uI8oP9aSd|]@github.com/redfire/strategies.git",
            "HEALTHCHECK CMD curl -f http://ops:[|Zx7cV8bN9mL0kJh|]@localhost:8005/health || exit 1",
            ""));
        yield return ("deploy/nginx/nginx.conf", string.Join("\n",
            "events {}",
            "http {",
            "  server {",
            "    location / {",
            "      proxy_set_header X-Api-Key \"[|Rt5yH8jK1lP4oIu|]\";",
            "      proxy_pass http://gw:[|Ew3qA6sD9fG2hJk|]@user-trading:8001;",
            "    }",
            "  }",
            "}",
            ""));
        yield return ("src/ServiceConfig.cs", string.Join("\n",
            "public static class ServiceConfig",
            "{",
            "    public const int UserTradingPort = 8001;",
            "    public const string JwtSigningKey = \"[|Aa9sS8dD7fF6gG5h|]\";",
            "    public const string Database = \"Host=postgres;Username=redfire;Password=[|Bb1nN2mM3lL4kK5j|]\";",
            "}",
            ""));
    }

    /// <summary>The fixtures' text with every secret cut out: the words a message may quote without leaking.</summary>
    private static string OrdinaryText = string.Empty;

    private static (IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Secrets, IReadOnlyList<string> Places) LintFixtures()
    {
        var files = new List<(string Path, string Text)>();
        var secrets = new List<string>();
        var places = new List<string>();
        var ordinary = new System.Text.StringBuilder();
        foreach (var (path, marked) in Fixtures())
        {
            var (text, spans) = Markup.Parse(marked);
            files.Add((path, text));
            places.AddRange(spans.Select(s => $"{path}({s.Line},{s.Column},{s.EndLine},{s.EndColumn})"));
            var lines = new Sources.LineMap(text);
            var copied = 0;
            foreach (var span in spans)
            {
                var start = lines.LineStart(span.Line) + span.Column - 1;
                var end = lines.LineStart(span.EndLine) + span.EndColumn - 1;
                secrets.Add(text.Substring(start, end - start));
                ordinary.Append(text, copied, start - copied).Append('\n');
                copied = end;
            }
            ordinary.Append(text, copied, text.Length - copied).Append('\n');
        }
        var specimen = "examples/redfire-seed/deployment/docker/.env.production";
        files.Add((specimen, File.ReadAllText(Path.Combine(RepositoryRoot, specimen))));
        string[] specimenSecrets = ["secure_db_password_2024", "secure_redis_password_2024", "secure_influx_password_2024",
            "influx_api_token_2024", "secure_mongo_password_2024", "super_secure_jwt_key_2024_32_chars_long"];
        secrets.AddRange(specimenSecrets);
        ordinary.Append(specimenSecrets.Aggregate(files[files.Count - 1].Text, (text, secret) => text.Replace(secret, "\n")));
        OrdinaryText = ordinary.ToString();
        return (RuleTest.Lint(files.ToArray()).Diagnostics, secrets, places);
    }

    [Fact]
    public void Every_planted_secret_is_reported_at_its_exact_place()
    {
        var (diagnostics, _, places) = LintFixtures();
        var reported = diagnostics
            .Where(d => d.RuleId.StartsWith("RF3", StringComparison.Ordinal))
            .Select(d => $"{d.Location.File}({d.Location.Line},{d.Location.Column},{d.Location.EndLine},{d.Location.EndColumn})")
            .ToHashSet();
        var missed = places.Where(p => !reported.Contains(p)).ToArray();
        Assert.True(missed.Length == 0, "not reported: " + string.Join(", ", missed));
    }

    [Fact]
    public void No_message_contains_a_secret_or_a_piece_of_one()
    {
        var (diagnostics, secrets, _) = LintFixtures();
        var texts = diagnostics.SelectMany(d => new[] { d.Message }.Concat(d.Related.Select(r => r.Message)));
        AssertNoLeak("messages", string.Join("\n", texts), secrets);
    }

    public static TheoryData<string> Formats() => [.. ReportFormats.Names];

    [Theory]
    [MemberData(nameof(Formats))]
    public void No_output_format_contains_a_secret_or_a_piece_of_one(string format)
    {
        var (diagnostics, secrets, _) = LintFixtures();
        var output = new StringWriter();
        ReportFormats.Create(format)!.Write(new LintReport(diagnostics) { WorkingDirectory = InMemoryFileSystem.Root, FileCount = 2 }, output);
        var rendered = output.ToString();
        Assert.Contains("RF3001", rendered);
        AssertNoLeak(format, rendered, secrets);
        if (format is "json" or "sarif")
            AssertNoLeak(format + " (decoded strings)", string.Join("\n", JToken.Parse(rendered).SelectTokens("$..*").OfType<JValue>().Select(v => v.ToString())), secrets);
    }

    private static void AssertNoLeak(string where, string output, IReadOnlyList<string> secrets)
    {
        var fixedText = string.Join("\n", RuleCatalog.Default.Rules.SelectMany(r => new[] { r.Title, r.Description })) + "\n" + OrdinaryText;
        foreach (var secret in secrets)
        {
            Assert.False(output.Contains(secret), $"{where} contains a whole secret ({Sensitive.Mask(secret)})");
            for (var start = 0; start + PieceLength <= secret.Length; start++)
            {
                var piece = secret.Substring(start, PieceLength);
                if (fixedText.IndexOf(piece, StringComparison.OrdinalIgnoreCase) >= 0) continue;
                var at = output.IndexOf(piece, StringComparison.Ordinal);
                Assert.False(at >= 0, $"{where} contains '{piece}', a piece of a secret ({Sensitive.Mask(secret)}): …{(at >= 0 ? output.Substring(Math.Max(0, at - 120), Math.Min(240, output.Length - Math.Max(0, at - 120))) : "")}…");
            }
        }
    }

    /// <summary>
    /// The config command prints the interpolated project: a password from the env file must not come out through a
    /// URL or a command line any more than through a secret-named key.
    /// </summary>
    [Theory]
    [InlineData("yaml")]
    [InlineData("json")]
    public void The_config_output_contains_no_secret_or_piece_of_one(string format)
    {
        const string password = "Hq7wXe2Lz9Pk4Rt";
        var fileSystem = new InMemoryFileSystem([
            (".env", $"DB_PASSWORD={password}\nREDIS_PASSWORD={password}\n"),
            ("docker-compose.yml",
                "services:\n  app:\n    image: redfire/app:1.0\n    command: redis-server --requirepass ${REDIS_PASSWORD}\n" +
                "    environment:\n      - DATABASE_URL=postgresql://app:${DB_PASSWORD}@postgres:5432/app\n      - DB_PASSWORD=${DB_PASSWORD}\n"),
        ]);
        var result = ComposeConfigRenderer.Render(
            new ComposeConfigRequest(["docker-compose.yml"], InMemoryFileSystem.Root) { Format = format, FileSystem = fileSystem });
        Assert.NotNull(result.Output);
        AssertNoLeak("config " + format, result.Output!, [password]);
    }

    /// <summary>A token in a known format reaches the config output under a name that is not secret-named.</summary>
    [Theory]
    [InlineData("yaml")]
    [InlineData("json")]
    public void The_config_output_contains_no_known_format_token(string format)
    {
        var fileSystem = new InMemoryFileSystem([
            (".env", $"ALERT_WEBHOOK={SecretSamples.SlackWebhook}\n"),
            ("docker-compose.yml", "services:\n  monitor:\n    image: redfire/monitor:1.0\n    environment:\n      - ALERT_WEBHOOK=${ALERT_WEBHOOK}\n"),
        ]);
        var result = ComposeConfigRenderer.Render(
            new ComposeConfigRequest(["docker-compose.yml"], InMemoryFileSystem.Root) { Format = format, FileSystem = fileSystem });
        Assert.NotNull(result.Output);
        AssertNoLeak("config " + format, result.Output!, [SecretSamples.SlackWebhookSecret]);
    }
}
