using System.Collections.Generic;
using RedFire.Lint.Compose.Yaml;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Compose;

/// <summary>
/// One service of a resolved project (merged, interpolated, extends applied) with typed views of the attributes
/// rules need. Each view is built from YAML nodes that keep their positions; <see cref="Node"/> and the indexer
/// reach anything not modelled.
/// </summary>
public sealed class ComposeService
{
    internal ComposeService(YamlScalar key, YamlMapping node, string directory, bool isActive)
    {
        Key = key;
        Node = node;
        Directory = directory;
        IsActive = isActive;
        Image = YamlViews.Scalar(node, "image");
        Build = node["build"] is { } build and not YamlScalar { IsNull: true } ? ComposePaths.ResolveBuild(new ComposeBuild(build), directory) : null;
        Ports = ComposePort.ListFrom(node["ports"]);
        Expose = YamlViews.StringOrList(node["expose"]);
        Volumes = ComposeVolumeMount.ListFrom(node["volumes"]);
        DependsOn = ComposeDependency.ListFrom(node["depends_on"]);
        Networks = ComposeServiceNetwork.ListFrom(node["networks"]);
        Environment = ComposeKeyValue.ListFrom(node["environment"]);
        EnvFiles = ComposeEnvFile.ListFrom(node["env_file"], path => ComposePaths.Resolve(directory, path.Value));
        Healthcheck = node["healthcheck"] is YamlMapping health ? new ComposeHealthcheck(health) : null;
        Command = ComposeCommand.From(node["command"]);
        Entrypoint = ComposeCommand.From(node["entrypoint"]);
        Resources = (node["deploy"] as YamlMapping)?["resources"] is YamlMapping resources ? new ComposeResources(resources) : null;
        Ulimits = ComposeUlimit.ListFrom(node["ulimits"]);
        Secrets = ComposeServiceReference.ListFrom(node["secrets"]);
        Configs = ComposeServiceReference.ListFrom(node["configs"]);
        Labels = ComposeKeyValue.ListFrom(node["labels"]);
        Profiles = YamlViews.StringOrList(node["profiles"]);
        CapAdd = YamlViews.StringOrList(node["cap_add"]);
        CapDrop = YamlViews.StringOrList(node["cap_drop"]);
        SecurityOpt = YamlViews.StringOrList(node["security_opt"]);
    }

    public string Name => Key.Value;

    /// <summary>The service's key under <c>services:</c>.</summary>
    public YamlScalar Key { get; }

    public Location Location => Key.Location;

    /// <summary>The merged mapping of the service.</summary>
    public YamlMapping Node { get; }

    /// <summary>The raw node of any attribute, modelled or not (null when absent).</summary>
    public YamlNode? this[string attribute] => Node[attribute];

    /// <summary>Absolute directory relative paths of this service resolve against.</summary>
    public string Directory { get; }

    /// <summary>False when the service has profiles none of which is enabled: Compose will not start it.</summary>
    public bool IsActive { get; }

    public YamlScalar? Image { get; }

    public ComposeBuild? Build { get; }

    public IReadOnlyList<ComposePort> Ports { get; }

    public IReadOnlyList<YamlScalar> Expose { get; }

    public IReadOnlyList<ComposeVolumeMount> Volumes { get; }

    public IReadOnlyList<ComposeDependency> DependsOn { get; }

    public IReadOnlyList<ComposeServiceNetwork> Networks { get; }

    /// <summary><c>environment</c> entries (map or list form; raw and interpolated values, positions of key and value).</summary>
    public IReadOnlyList<ComposeKeyValue> Environment { get; }

    public IReadOnlyList<ComposeEnvFile> EnvFiles { get; }

    public ComposeHealthcheck? Healthcheck { get; }

    public ComposeCommand? Command { get; }

    public ComposeCommand? Entrypoint { get; }

    public ComposeResources? Resources { get; }

    public IReadOnlyList<ComposeUlimit> Ulimits { get; }

    public IReadOnlyList<ComposeServiceReference> Secrets { get; }

    public IReadOnlyList<ComposeServiceReference> Configs { get; }

    public IReadOnlyList<ComposeKeyValue> Labels { get; }

    public IReadOnlyList<YamlScalar> Profiles { get; }

    public IReadOnlyList<YamlScalar> CapAdd { get; }

    public IReadOnlyList<YamlScalar> CapDrop { get; }

    public IReadOnlyList<YamlScalar> SecurityOpt { get; }

    public YamlScalar? User => YamlViews.Scalar(Node, "user");

    public YamlScalar? Restart => YamlViews.Scalar(Node, "restart");

    public YamlScalar? ContainerName => YamlViews.Scalar(Node, "container_name");

    public YamlScalar? NetworkMode => YamlViews.Scalar(Node, "network_mode");

    public YamlScalar? Pid => YamlViews.Scalar(Node, "pid");

    public YamlScalar? ReadOnly => YamlViews.Scalar(Node, "read_only");

    public YamlScalar? Privileged => YamlViews.Scalar(Node, "privileged");

    public bool IsPrivileged => Privileged?.AsBoolean == true;

    public bool IsReadOnly => ReadOnly?.AsBoolean == true;

    public override string ToString() => Name;
}
