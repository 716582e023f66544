using RedFire.Lint.Compose.Yaml;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Compose.Schema;

/// <summary>Validates one interpolated compose file against our schema of the Compose file format.</summary>
internal static class ComposeSchemaValidator
{
    public static void Validate(YamlMapping root, SourceFile source, FindingSink report)
    {
    }
}
