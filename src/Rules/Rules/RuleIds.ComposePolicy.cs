namespace RedFire.Lint.Rules;

// Single-file compose policy: security, hardening, resources, ports, names and images of one compose project
// (RF2050-RF2099). Checks across files (users, health, networks, gateway) are RF4xxx.
public static partial class RuleIds
{
    /// <summary><c>privileged: true</c> on a service.</summary>
    public const string PrivilegedService = "RF2050";

    /// <summary>The Docker (or containerd/podman) socket is mounted into a container.</summary>
    public const string DockerSocketMounted = "RF2051";

    /// <summary>A sensitive host directory (/, /etc, /proc, /sys, /var/lib/docker, …) is mounted into a container.</summary>
    public const string SensitiveHostPathMounted = "RF2052";

    /// <summary>A host namespace is shared: network_mode, pid, ipc, userns_mode, uts or cgroup set to host.</summary>
    public const string HostNamespaceShared = "RF2053";

    /// <summary><c>cap_add</c> grants ALL or a capability that breaks container isolation (SYS_ADMIN, NET_ADMIN, SYS_PTRACE…).</summary>
    public const string DangerousCapabilityAdded = "RF2054";

    /// <summary><c>security_opt</c> disables seccomp, AppArmor or SELinux confinement.</summary>
    public const string ConfinementDisabled = "RF2055";

    /// <summary><c>no-new-privileges</c> is not set in <c>security_opt</c>.</summary>
    public const string NoNewPrivilegesNotSet = "RF2056";

    /// <summary>The container's root filesystem is writable (<c>read_only: true</c> not set).</summary>
    public const string WritableRootFilesystem = "RF2057";

    /// <summary>No memory limit (<c>deploy.resources.limits.memory</c> or <c>mem_limit</c>).</summary>
    public const string MemoryNotLimited = "RF2058";

    /// <summary>No CPU limit (<c>deploy.resources.limits.cpus</c> or <c>cpus</c>).</summary>
    public const string CpusNotLimited = "RF2059";

    /// <summary>No process-count limit (<c>deploy.resources.limits.pids</c> or <c>pids_limit</c>), or an unlimited one.</summary>
    public const string PidsNotLimited = "RF2060";

    /// <summary>A published port listens on every host interface (no host IP).</summary>
    public const string PortNotBoundToInterface = "RF2061";

    /// <summary>A service other than the gateway publishes a privileged host port (below 1024).</summary>
    public const string PrivilegedHostPort = "RF2062";

    /// <summary>Two port mappings publish the same host port: the second container cannot start.</summary>
    public const string DuplicatePublishedPort = "RF2063";

    /// <summary>Two services set the same <c>container_name</c>: the second container cannot be created.</summary>
    public const string DuplicateContainerName = "RF2064";

    /// <summary><c>container_name</c> is not a name Docker accepts.</summary>
    public const string InvalidContainerName = "RF2065";

    /// <summary>A service has both <c>build</c> and <c>image</c> but no <c>pull_policy</c>.</summary>
    public const string BuildAndImageWithoutPullPolicy = "RF2066";

    /// <summary>A pulled image has no tag, or a floating tag such as <c>latest</c>.</summary>
    public const string ImageTagNotPinned = "RF2067";

    /// <summary><c>cap_drop: [ALL]</c> is not set.</summary>
    public const string CapabilitiesNotDropped = "RF2068";

    /// <summary>A bind mount propagates mounts back to the host (<c>shared</c>/<c>rshared</c>).</summary>
    public const string SharedMountPropagation = "RF2069";

    /// <summary>The same volume or host path is mounted by several services.</summary>
    public const string VolumeSharedBetweenServices = "RF2070";

    /// <summary><c>cgroup_parent</c> moves the container out of Docker's cgroup.</summary>
    public const string CgroupParentSet = "RF2071";

    /// <summary>A <c>ports</c> or <c>expose</c> entry is not quoted.</summary>
    public const string PortNotQuoted = "RF2072";

    /// <summary>Services are not in alphabetical order.</summary>
    public const string ServicesNotSorted = "RF2073";

    /// <summary>A service's <c>depends_on</c> entries are not in alphabetical order.</summary>
    public const string DependenciesNotSorted = "RF2074";

    /// <summary>A service built here listens on a container port below 1024, which needs root or NET_BIND_SERVICE.</summary>
    public const string ContainerPrivilegedPort = "RF2075";

    /// <summary>A service turns its health check off (<c>disable: true</c>, <c>test: ["NONE"]</c>).</summary>
    public const string HealthCheckDisabled = "RF2076";

    /// <summary>An on-failure restart policy without a retry limit, or with more than five retries.</summary>
    public const string RestartRetriesUnlimited = "RF2077";
}
