using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Cli.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Cli.Tests;

/// <summary>
/// Secrets next to parse errors, in every file kind, through the real CLI: no output format, and neither stream of
/// <c>config</c>, may print a secret or any 4-character piece of one (a mask shows two). The secrets are random, so
/// a piece of one in the output can only come from the secret.
/// </summary>
public class SecretOutputTests
{
    private const string DockerfileSecret = "Qx7vR2mL9kT4wZ8p";
    private const string DockerfileLineSecret = "Hy3nB6cV1xJ5uE0s";
    private const string ComposeYamlSecret = "Wd8fG4hK2jP6sL1q";
    private const string InterpolationSecret = "Zt5rY9uI3oN7bM2v";
    private const string EnvSecret = "Ke4wQ8aS6dF0gH3j";
    private const string EnvDefaultSecret = "Pu1iO5lA9sD3fG7h";
    private const string NginxSecret = "Mc2vB7nX4zL8kJ6t";
    private const string CSharpSecret = "Rb9tY2uE6wQ4xZ1c";

    private static readonly string[] Secrets =
        [DockerfileSecret, DockerfileLineSecret, ComposeYamlSecret, InterpolationSecret, EnvSecret, EnvDefaultSecret, NginxSecret, CSharpSecret];

    private static TempTree BrokenFilesWithSecrets() => new TempTree()
        // RF0001: a space after '=' makes the secret a word without '='; a pasted line is not an instruction.
        .With("api/Dockerfile", $"FROM alpine:3.19\nENV DB_PASSWORD= {DockerfileSecret}\nAPI_TOKEN={DockerfileLineSecret}\n")
        // RF0002: the quote around the secret is never closed.
        .With("yaml/compose.yaml", $"services:\n  db:\n    image: postgres:16\n    environment:\n      DB_PASSWORD: \"{ComposeYamlSecret}\n")
        // RF2003: the default of the reference is never closed.
        .With("interpolation/compose.yaml",
            $"services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: \"${{DB_PASSWORD:-{InterpolationSecret}\"\n")
        // RF0004: an unclosed quote, and an unclosed reference in a default.
        .With("interpolation/.env", $"DB_PASSWORD=\"{EnvSecret}\nREDIS_PASSWORD=\"${{REDIS_HOST:-{EnvDefaultSecret}\"\n")
        // RF0005: the quote that holds the secret is never closed.
        .With("gateway/nginx.conf", $"events {{}}\nhttp {{\n  server {{\n    proxy_set_header X-Api-Key \"{NginxSecret};\n  }}\n}}\n")
        // C#: a missing ';' after the constant that holds the secret.
        .With("src/ServiceConfig.cs",
            $"public static class ServiceConfig\n{{\n    public const string DbPassword = \"{CSharpSecret}\"\n    public const int ApiPort = 8080;\n}}\n");

    public static TheoryData<string> Formats() => ["text", "json", "sarif", "msbuild", "github"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void No_format_prints_a_secret_next_to_a_parse_error(string format)
    {
        using var tree = BrokenFilesWithSecrets();
        var run = tree.Lint("--format", format, "--fail-on", "none", ".");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        foreach (var ruleId in new[] { "RF0001", "RF0002", "RF0004", "RF0005", "RF2003" }) Assert.Contains(ruleId, run.Output);
        AssertNoSecret(run);
    }

    [Theory]
    [InlineData("interpolation/compose.yaml", "yaml")]
    [InlineData("interpolation/compose.yaml", "json")]
    [InlineData("yaml/compose.yaml", "yaml")]
    public void Config_prints_no_secret_on_either_stream(string file, string format)
    {
        using var tree = BrokenFilesWithSecrets();
        var run = tree.Lint("config", "-f", file, "--env-file", "interpolation/.env", "--format", format);

        Assert.NotEqual("", run.Error);
        AssertNoSecret(run);
    }

    [Fact]
    public void Text_frames_the_span_with_carets_and_masks_the_secret_in_the_quoted_line()
    {
        using var tree = new TempTree().With("Dockerfile", $"FROM alpine:3.19\nENV DB_PASSWORD= {DockerfileSecret}\n");
        var run = tree.Lint("--severity", "RF1001=off", "--severity", "RF3005=off", "--severity", "RF3002=off");

        Assert.Equal(
            "Dockerfile\n" +
            "  2:18  error    RF0001  This ENV word has no '=': expected name=value pairs.\n" +
            "        2 | ENV DB_PASSWORD= Qx…[16 chars]\n" +
            "          |                  ^^^^^^^^^^^^^\n" +
            "        help: Write name=value with no space around '=', and quote a value that holds spaces (name=\"a b\").\n\n" +
            "1 problem (1 error, 0 warnings, 0 info) in 1 of 1 file.\n",
            run.Output);
    }

    private static void AssertNoSecret(CliRun run)
    {
        foreach (var (stream, text) in new[] { ("stdout", run.Output), ("stderr", run.Error) })
        foreach (var secret in Secrets)
        {
            var pieces = Enumerable.Range(0, secret.Length - 3).Select(start => secret.Substring(start, 4));
            var leaked = pieces.FirstOrDefault(piece => text.Contains(piece, StringComparison.Ordinal));
            Assert.True(leaked is null, $"{stream} contains '{leaked}', a piece of {secret.Substring(0, 2)}…:\n{run}");
        }
    }
}
