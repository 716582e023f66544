using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Compose.Yaml;

namespace RedFire.Lint.Compose.Loading;

/// <summary>One <c>include</c> item: a path, or <c>{path: str|[str], project_directory, env_file}</c>, resolved against the including file.</summary>
internal sealed record IncludeSpec(IReadOnlyList<string> Paths, string? ProjectDirectory, IReadOnlyList<string> EnvFiles)
{
    /// <summary>Null for remote includes (git, oci), which the linter does not fetch, and for malformed items (the schema reports those).</summary>
    public static IncludeSpec? From(YamlNode item, string directory)
    {
        switch (item)
        {
            case YamlScalar { IsNull: false } path when !IsRemote(path.Value):
                return new IncludeSpec([ComposePaths.Resolve(directory, path.Value)], null, []);
            case YamlMapping map:
                var paths = YamlViews.StringOrList(map["path"]).Select(p => p.Value).ToArray();
                if (paths.Length == 0 || paths.Any(IsRemote)) return null;
                var projectDirectory = YamlViews.Scalar(map, "project_directory")?.Value;
                return new IncludeSpec(
                    paths.Select(p => ComposePaths.Resolve(directory, p)).ToArray(),
                    projectDirectory is null ? null : ComposePaths.Resolve(directory, projectDirectory),
                    YamlViews.StringOrList(map["env_file"]).Select(e => ComposePaths.Resolve(directory, e.Value)).ToArray());
            default:
                return null;
        }
    }

    internal static bool IsRemote(string path) =>
        ComposePaths.IsRemote(path) || path.StartsWith("oci:", System.StringComparison.Ordinal) || path.StartsWith("remote:", System.StringComparison.Ordinal);
}
