namespace RedFire.Lint.Rules;

public static partial class RuleIds
{
    /// <summary>A compose file is not valid YAML (syntax, duplicate keys, bad merge keys, limits exceeded).</summary>
    public const string YamlSyntax = "RF0002";

    /// <summary>A compose file breaks the Compose file format's schema.</summary>
    public const string ComposeSchema = "RF0003";

    /// <summary>A compose project cannot be loaded (empty file, missing or cyclic extends/include, undefined service).</summary>
    public const string ComposeLoad = "RF0007";

    /// <summary>A compose file uses services or resources no file of its project defines, and the linter does not know the files Compose is given with it.</summary>
    public const string ComposeProjectIncomplete = "RF0008";

    /// <summary>A service defined both in a compose file and in a file it includes (refused by some Compose releases, merged by others).</summary>
    public const string IncludedServiceRedefined = "RF0009";

    /// <summary>A variable with neither a value nor a default is interpolated as an empty string.</summary>
    public const string UnsetVariable = "RF2001";

    /// <summary>A required variable (<c>${VAR:?message}</c>) is not set where the linter runs.</summary>
    public const string RequiredVariableUnset = "RF2002";

    /// <summary>A compose value has invalid interpolation syntax.</summary>
    public const string InvalidInterpolation = "RF2003";

    /// <summary>The obsolete top-level <c>version</c> key.</summary>
    public const string ObsoleteVersion = "RF2004";

    /// <summary><c>container_name</c> set on a service (prevents scaling).</summary>
    public const string ContainerName = "RF2005";
}
