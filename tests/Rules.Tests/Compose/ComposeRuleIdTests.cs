using RedFire.Lint.Rules;
using RedFire.Lint.Tests.Infrastructure;
using Xunit;

namespace RedFire.Lint.Tests.Compose;

/// <summary>Exact spans of every compose finding id, and clean input that must not produce it.</summary>
public class ComposeRuleIdTests
{
    private const string Clean = """
        services:
          web:
            image: nginx:1.27
            ports: ["8080:80"]
        """;

    [Fact]
    public void RF0002_duplicate_key() =>
        RuleTest.Flags(RuleIds.YamlSyntax, ("compose.yaml", "services:\n  web:\n    image: a\n    [|image|]: b\n"));

    [Fact]
    public void RF0002_passes() => RuleTest.Passes(RuleIds.YamlSyntax, ("compose.yaml", Clean));

    [Fact]
    public void RF0003_top_level_not_a_mapping() =>
        RuleTest.Flags(RuleIds.ComposeSchema, ("compose.yaml", "[|- services\n- web|]\n"));

    [Fact]
    public void RF0003_passes() => RuleTest.Passes(RuleIds.ComposeSchema, ("compose.yaml", Clean));

    [Fact]
    public void RF0007_depends_on_undefined_service() =>
        RuleTest.Flags(RuleIds.ComposeLoad, ("compose.yaml", "services:\n  web:\n    image: a\n    depends_on: [[|db|]]\n"));

    [Fact]
    public void RF0007_passes() =>
        RuleTest.Passes(RuleIds.ComposeLoad, ("compose.yaml", "services:\n  web:\n    image: a\n    depends_on: [db]\n  db:\n    image: b\n"));

    [Fact]
    public void RF2001_unset_variable_at_its_reference() =>
        RuleTest.Flags(RuleIds.UnsetVariable, ("compose.yaml", "services:\n  web:\n    image: \"app:[|${TAG}|]\"\n    user: [|$USER_ID|]\n"));

    [Fact]
    public void RF2001_passes_with_defaults_and_dollar_escapes() =>
        RuleTest.Passes(RuleIds.UnsetVariable, ("compose.yaml", "services:\n  web:\n    image: app:${TAG:-1}\n    command: echo $$HOME ${X-} ${Y:+y} ${Z:?z}\n"));

    [Fact]
    public void RF2002_required_variable_is_info() =>
        RuleTest.Flags(RuleIds.RequiredVariableUnset, ("compose.yaml", "services:\n  web:\n    image: app\n    environment:\n      KEY: [|${KEY:?set KEY}|]\n"));

    [Fact]
    public void RF2002_passes() => RuleTest.Passes(RuleIds.RequiredVariableUnset, ("compose.yaml", Clean));

    [Fact]
    public void RF2003_invalid_interpolation() =>
        RuleTest.Flags(RuleIds.InvalidInterpolation, ("compose.yaml", "services:\n  web:\n    image: app\n    command: echo [|${HOME/a/b}|]\n"));

    [Fact]
    public void RF2003_passes() => RuleTest.Passes(RuleIds.InvalidInterpolation, ("compose.yaml", "services:\n  web:\n    image: app\n    command: echo $$ $ ok $1\n"));

    [Fact]
    public void RF2004_version_key() =>
        RuleTest.Flags(RuleIds.ObsoleteVersion, ("compose.yaml", "[|version|]: \"3.8\"\n" + Clean));

    [Fact]
    public void RF2004_passes() => RuleTest.Passes(RuleIds.ObsoleteVersion, ("compose.yaml", Clean));

    [Fact]
    public void RF2005_container_name() =>
        RuleTest.Flags(RuleIds.ContainerName, ("compose.yaml", "services:\n  web:\n    image: a\n    [|container_name|]: web\n"));

    [Fact]
    public void RF2005_passes() => RuleTest.Passes(RuleIds.ContainerName, ("compose.yaml", Clean));
}
