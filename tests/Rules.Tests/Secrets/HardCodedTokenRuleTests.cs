using RedFire.Lint.Rules;
using Xunit;
using static RedFire.Lint.Tests.Infrastructure.RuleTest;

namespace RedFire.Lint.Tests.Secrets;

public class HardCodedTokenRuleTests
{
    [Fact]
    public void Flags_known_formats_in_every_kind_of_file()
    {
        var diagnostics = Flags(RuleIds.HardCodedToken,
            ("deploy/.env.production", $"DB_USER=redfire\nGITHUB_TOKEN=[|{SecretSamples.GitHubToken}|]\n"),
            ("Dockerfile", $"FROM python:3.12-slim\n# pushed with [|{SecretSamples.DockerHubToken}|]\nENV STRIPE=[|{SecretSamples.StripeKey}|]\n"),
            ("docker-compose.yml", $"services:\n  app:\n    environment:\n      SLACK: \"https://hooks.slack.com/services/[|{SecretSamples.SlackWebhookSecret}|]\"\n"),
            ("nginx/nginx.conf", $"location / {{\n  proxy_set_header Authorization \"Basic [|{SecretSamples.BasicCredentials}|]\";\n}}\n"),
            ("src/ServiceConfig.cs", $"public static class ServiceConfig\n{{\n    public const string Jwt = \"[|{SecretSamples.Jwt}|]\";\n}}\n"),
            (".env.example", $"AWS_ACCESS_KEY_ID=[|{SecretSamples.AwsAccessKeyId}|]\n"));
        Assert.All(diagnostics, d => Assert.DoesNotContain("u8jzPde0", d.Message));
        Assert.Contains(diagnostics, d => d.Location.File == "deploy/.env.production" && d.Message.StartsWith("A hard-coded GitHub token (gh…[40 chars]) is written here"));
    }

    [Fact]
    public void Flags_a_multi_line_private_key_block_as_one_finding() =>
        Flags(RuleIds.HardCodedToken, ("certs/.env", $"TLS_KEY=\"[|{SecretSamples.PrivateKey}|]\"\n"));

    [Fact]
    public void Passes_placeholders_references_and_public_keys() =>
        Passes(RuleIds.HardCodedToken,
            (".env.example", "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nGITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nALERT_WEBHOOK_URL=https://hooks.slack.com/services/...\n"),
            ("docker-compose.yml", "services:\n  app:\n    environment:\n      GITHUB_TOKEN: ${GITHUB_TOKEN:?required}\n"),
            ("nginx/nginx.conf", "location / {\n  proxy_set_header Authorization \"Bearer $upstream_token\";\n}\n"),
            ("Dockerfile", "FROM alpine:3.20\nRUN --mount=type=secret,id=github_token GITHUB_TOKEN=$(cat /run/secrets/github_token) make\n"),
            ("keys/.env", "SSH_PUBLIC_KEY=\"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ5yvL user@host\"\n"));

    [Fact]
    public void Honours_a_suppression_comment() =>
        Passes(RuleIds.HardCodedToken, ("tests/.env.test", $"# redfire-lint disable-next-line RF3001 -- revoked fixture\nTOKEN={SecretSamples.GitHubToken}\n"));
}
