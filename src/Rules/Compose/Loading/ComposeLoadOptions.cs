using System.Collections.Generic;

namespace RedFire.Lint.Compose.Loading;

/// <summary>How a project is loaded: what <c>docker compose</c>'s flags and environment would decide.</summary>
public sealed record ComposeLoadOptions
{
    public static ComposeLoadOptions Default { get; } = new();

    /// <summary><c>--env-file</c> paths (absolute); when empty, the project directory's <c>.env</c> is read if present.</summary>
    public IReadOnlyList<string> EnvFiles { get; init; } = [];

    /// <summary>
    /// Whether interpolation may read the process environment. Off for linting, so results do not depend on the
    /// machine; on for <c>redfire-lint config</c> when asked.
    /// </summary>
    public bool UseProcessEnvironment { get; init; }

    /// <summary>Variables given explicitly (they win over env files, like the shell environment).</summary>
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();

    /// <summary>Enabled profiles (<c>--profile</c>); services with other profiles are kept but inactive.</summary>
    public IReadOnlyList<string> Profiles { get; init; } = [];

    /// <summary>
    /// The environment of the project that includes this one: compose-go interpolates an included file with the
    /// including project's variables, which win over the include's own <c>env_file</c>.
    /// </summary>
    public Interpolation.ComposeEnvironment? Including { get; init; }

    /// <summary>
    /// Whether the example a checkout ships (<c>.env.example</c>) stands in for a missing <c>.env</c>, as it does for a user
    /// who followed the setup. On for linting; off for <c>redfire-lint config</c>, which prints what Compose would.
    /// </summary>
    public bool EnvExampleStandsIn { get; init; } = true;

    /// <summary><c>--project-directory</c>; default: the directory of the first file.</summary>
    public string? ProjectDirectory { get; init; }
}
