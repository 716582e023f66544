namespace RedFire.Lint.Rules;

// The deployment as one system: checks across compose, Dockerfiles, nginx, env files and the C# ports class
// (RF4001-RF4099), and Dockerfile checks for images that cannot work (RF1101-RF1149).
public static partial class RuleIds
{
    /// <summary>A port stated in compose, a Dockerfile or nginx differs from the C# ports class.</summary>
    public const string PortDisagreesWithPortsClass = "RF4001";

    /// <summary>A port member of the ports class matches no compose service.</summary>
    public const string PortMemberWithoutService = "RF4002";

    /// <summary>A service states a port but no member of the ports class names it.</summary>
    public const string ServiceWithoutPortMember = "RF4003";

    /// <summary>The C# side of RF4001: a port member the deployment contradicts, with every disagreeing place.</summary>
    public const string PortsClassMemberContradicted = "RF4004";

    /// <summary>A service runs as root: compose user, or the built stage's effective USER.</summary>
    public const string ServiceRunsAsRoot = "RF4010";

    /// <summary>A long-running service has no health check in compose or in the image it builds.</summary>
    public const string HealthCheckMissing = "RF4011";

    /// <summary><c>depends_on: condition: service_healthy</c> on a service without an enabled health check.</summary>
    public const string HealthyDependencyWithoutHealthCheck = "RF4012";

    /// <summary>The health check runs a tool the image does not contain.</summary>
    public const string HealthCheckToolMissing = "RF4013";

    /// <summary>The health check cannot authenticate against a server that demands it.</summary>
    public const string HealthCheckWithoutAuthentication = "RF4014";

    /// <summary>A data store joins a network that is not internal (or the implicit default network).</summary>
    public const string DataStoreOnReachableNetwork = "RF4020";

    /// <summary>A data store publishes ports.</summary>
    public const string DataStorePublishesPorts = "RF4021";

    /// <summary>A service other than the gateway publishes ports.</summary>
    public const string NonGatewayPublishesPorts = "RF4022";

    /// <summary>The gateway proxies to a service it shares no network with.</summary>
    public const string GatewayCannotReachService = "RF4023";

    /// <summary>A service configured with an external URL joins only internal networks.</summary>
    public const string ExternalUrlOnInternalNetwork = "RF4024";

    /// <summary>An nginx upstream server or proxy_pass host is not a compose service or upstream.</summary>
    public const string GatewayUnknownHost = "RF4030";

    /// <summary>A port the gateway publishes has no matching nginx listener (443 needs <c>listen … ssl</c>).</summary>
    public const string PublishedPortWithoutListener = "RF4031";

    /// <summary>An nginx directive stands in a context nginx rejects for the path the file is mounted at.</summary>
    public const string NginxDirectiveInWrongContext = "RF4032";

    /// <summary>build context, dockerfile or target stage does not exist.</summary>
    public const string BuildReferenceMissing = "RF4040";

    /// <summary>A COPY/ADD source is not in the build context (or .dockerignore excludes it).</summary>
    public const string CopySourceMissing = "RF4041";

    /// <summary>A required env_file of a service does not exist.</summary>
    public const string EnvFileMissing = "RF4042";

    /// <summary>A bind mount's host path does not exist.</summary>
    public const string BindMountSourceMissing = "RF4043";

    /// <summary><c>pip install --user</c> puts console scripts in ~/.local/bin, which the command's PATH lacks.</summary>
    public const string PipUserScriptsNotOnPath = "RF1101";

    /// <summary>A package manager that the base image's distribution does not have (apk on Debian).</summary>
    public const string PackageManagerMismatch = "RF1102";

    /// <summary>Compilers and -dev packages left in an image that is run.</summary>
    public const string BuildToolchainInRuntimeImage = "RF1103";

    /// <summary>A system package manager runs as a non-root USER.</summary>
    public const string PackageInstallAsNonRoot = "RF1104";

    /// <summary>COPY . of a build context holding .git, node_modules or secret files, with no .dockerignore.</summary>
    public const string ContextWithoutDockerignore = "RF4044";
}
