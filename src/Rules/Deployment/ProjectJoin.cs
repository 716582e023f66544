using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Compose;
using RedFire.Lint.Compose.Loading;
using RedFire.Lint.Compose.Yaml;
using RedFire.Lint.CSharp;
using RedFire.Lint.Engine;
using RedFire.Lint.Env;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Deployment;

/// <summary>Builds one project's <see cref="DeploymentModel"/>: services, their builds, the gateway's nginx files, port assignments.</summary>
internal sealed class ProjectJoin
{
    private readonly LoadContext _context;
    private readonly ComposeProject _project;
    private readonly ImageDockerfiles _images;
    private readonly IReadOnlyDictionary<string, string> _deployValues;

    public ProjectJoin(LoadContext context, ComposeProject project, ImageDockerfiles images)
    {
        _context = context;
        _project = project;
        _images = images;
        _deployValues = DeployTimeValues(context, project);
    }

    public DeploymentModel Build(PortsClass? ports)
    {
        var services = _project.ActiveServices.Select(ServiceOf).ToArray();
        var gateway = FindGateway(services);
        var model = new DeploymentModel(_project.MainFile.Path, _project.ProjectDirectory, services)
        {
            Networks = _project.Networks.ToDictionary(n => n.Name, n => new DeployedNetwork(n.Name, n.IsInternal, n.IsExternal, n.Location)),
            Volumes = _project.Volumes.Select(v => v.Name).ToArray(),
            Secrets = _project.Secrets.Select(v => v.Name).ToArray(),
            Configs = _project.Configs.Select(v => v.Name).ToArray(),
            Ports = ports,
            PortAssignments = ports is null ? [] : PortAssigner.Assign(ports, services),
            Gateway = gateway,
            GatewayConfigs = gateway is null ? [] : new GatewayConfigs(_context).Of(gateway),
        };
        return model;
    }

    private DeployedService? FindGateway(IReadOnlyList<DeployedService> services)
    {
        var configured = _context.Policy.GatewayService;
        if (!string.IsNullOrWhiteSpace(configured)) return services.FirstOrDefault(s => s.Name == configured);
        // Several nginx services (a gateway and an nginx-served frontend, or a menu of alternatives) leave the gateway
        // unknown: the gateway rules stay quiet rather than judge the project against the wrong one.
        var candidates = services.Where(s => ServiceRoles.ImageOf(s) is { } image && image.ShortRepository.Substring(image.ShortRepository.LastIndexOf('/') + 1).Contains("nginx")).Take(2).ToArray();
        return candidates.Length == 1 ? candidates[0] : null;
    }

    private DeployedService ServiceOf(ComposeService service) => new(service.Name, service.Location)
    {
        Image = service.Image is { } image ? new Located<ImageName>(ImageName.Parse(image.Value), image.Location) : null,
        Build = service.Build is { } build ? new BuildJoin(_context, _images, _project.ProjectDirectory).Of(build) : null,
        User = service.User is { } user ? new Located<string>(user.Value, user.Location) : null,
        Environment = service.Environment.Select(EnvironmentValueOf).ToArray(),
        Command = WordsOf(service.Command),
        Entrypoint = WordsOf(service.Entrypoint),
        HealthCheck = service.Healthcheck is { } check ? HealthCheckOf(check) : null,
        Ports = service.Ports.Select(p => new PortMapping(p.Published?.Value, p.TargetPorts?.Start, p.ProtocolName, p.Target?.Location ?? p.Node.Location, p.Node.Location)
        {
            HostIp = p.HostIp?.Value,
        }).ToArray(),
        Expose = service.Expose.Select(e => (Port: PortArguments.ParsePort(e.Value.Split('/')[0]), e.Location)).Where(e => e.Port is not null)
            .Select(e => new Located<int>(e.Port!.Value, e.Location)).ToArray(),
        Networks = service.Networks.Select(n => new Located<string>(n.Name, n.Network.Location)).ToArray(),
        UsesDefaultNetwork = service["networks"] is null && service.NetworkMode is null,
        DependsOn = service.DependsOn.Select(d => new Dependency(d.Name, d.ConditionName, d.Condition?.Location ?? d.Service.Location)).ToArray(),
        Volumes = service.Volumes.Select(v => MountOf(service, v)).Where(v => v is not null).Select(v => v!).ToArray(),
        SecretReferences = service.Secrets.Select(s => new Located<string>(s.Name, s.Source.Location)).ToArray(),
        ConfigReferences = service.Configs.Select(s => new Located<string>(s.Name, s.Source.Location)).ToArray(),
        EnvFiles = service.EnvFiles.Select(e => new EnvFileReference(e.Path.Value, e.FullPath, e.Required, e.Path.Location)
            {
                Exists = _context.FileSystem.FileExists(e.FullPath),
                HasExample = EnvExamples.Find(e.FullPath, _context.FileSystem.FileExists) is not null,
            }).ToArray(),
        Restart = service.Restart?.Value,
    };

    /// <summary>
    /// An environment entry with its interpolated value. A bare <c>${VAR}</c> that compose could not resolve takes
    /// its value from the env files beside the compose file (<c>.env.production</c> is what the plan deploys with).
    /// </summary>
    private EnvironmentValue EnvironmentValueOf(ComposeKeyValue entry)
    {
        var value = entry.Value?.Value;
        if (string.IsNullOrEmpty(value) && entry.Value is { Variables.Count: 1 } scalar && _deployValues.TryGetValue(scalar.Variables[0].Name, out var deployed))
            value = deployed;
        return new EnvironmentValue(entry.Name, value, entry.Value?.Location ?? entry.Location) { RawValue = entry.Value?.Raw };
    }

    private static IReadOnlyDictionary<string, string> DeployTimeValues(LoadContext context, ComposeProject project)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var env in context.Models.Get<EnvFile>().OrderBy(e => e.Source.FullPath, StringComparer.Ordinal))
        {
            if (ComposePaths.Directory(env.Source.FullPath.Replace('\\', '/')) != project.ProjectDirectory.Replace('\\', '/')) continue;
            foreach (var pair in env.Variables)
                if (pair.Value.Length > 0 && !values.ContainsKey(pair.Key)) values[pair.Key] = pair.Value;
        }
        return values;
    }

    internal static IReadOnlyList<Located<string>>? WordsOf(ComposeCommand? command)
    {
        if (command is null) return null;
        if (command.IsList) return command.Arguments.Select(a => new Located<string>(a.Value, a.Location)).ToArray();
        var scalar = command.Arguments.FirstOrDefault();
        return scalar is null ? [] : Split(scalar);
    }

    private static IReadOnlyList<Located<string>> Split(YamlScalar scalar) =>
        ShellWords.Split(scalar.Value, (start, end) => scalar.LocationOf(start, end - start));

    private static HealthCheck HealthCheckOf(ComposeHealthcheck check)
    {
        var test = check.Test;
        IReadOnlyList<Located<string>> words = [];
        if (test is not null)
        {
            var arguments = test.Arguments;
            if (!test.IsList) words = arguments.Count > 0 ? Split(arguments[0]) : [];
            else if (arguments.Count > 1 && arguments[0].Value == "CMD-SHELL") words = Split(arguments[1]);
            else if (arguments.Count > 0 && arguments[0].Value == "CMD") words = arguments.Skip(1).Select(a => new Located<string>(a.Value, a.Location)).ToArray();
        }
        return new HealthCheck(check.IsDisabled, words, check.Node.Location);
    }

    private VolumeMount? MountOf(ComposeService service, ComposeVolumeMount mount)
    {
        if (mount.Target is null) return null;
        var type = mount.Type switch
        {
            VolumeMountType.Bind => MountType.Bind,
            VolumeMountType.Volume => MountType.Volume,
            VolumeMountType.Tmpfs => MountType.Tmpfs,
            _ => MountType.Other,
        };
        string? fullPath = null;
        var exists = true;
        // Only paths inside the project: absolute host paths (/var/run/docker.sock) are the deploy host's business,
        // and a path made of a variable unset where the linter runs (${DATA_DIR:?}) is unknown until deployment.
        if (type == MountType.Bind && mount.Source is { } source && source.Value.StartsWith(".", StringComparison.Ordinal) && !source.Value.Contains("$")
            && source.Variables.All(v => v.IsSet))
        {
            fullPath = ComposePaths.Resolve(service.Directory, source.Value);
            exists = _context.FileSystem.FileExists(fullPath) || _context.FileSystem.DirectoryExists(fullPath);
        }
        return new VolumeMount(type, mount.Source?.Value, mount.Target.Value, mount.Node.Location)
        {
            SourceFullPath = fullPath,
            SourceLocation = mount.Source?.Location,
            SourceExists = exists,
        };
    }
}
