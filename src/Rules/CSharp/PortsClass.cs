using System.Collections.Generic;
using RedFire.Lint.Sources;

namespace RedFire.Lint.CSharp;

/// <summary>
/// The C# class whose members hold the services' ports (<c>ServiceConfig</c> by default): the single source
/// of truth that Dockerfiles, compose files and the nginx gateway must agree with.
/// A partial class declared in several files is one <see cref="PortsClass"/>.
/// </summary>
public sealed record PortsClass(string Name, string FullName, Location NameLocation, IReadOnlyList<PortMember> Members);

/// <summary>How a port member is declared; rules only need it to phrase their messages.</summary>
public enum PortMemberKind
{
    Const,
    StaticReadOnlyField,
    Field,
    Property,
}

/// <summary>
/// One port the class declares, evaluated by Roslyn: <c>public const int GatewayPort = BasePort + 4;</c> has
/// <see cref="Value"/> 8004, <see cref="NameLocation"/> at <c>GatewayPort</c> and <see cref="ValueLocation"/>
/// at <c>BasePort + 4</c>. <see cref="ComposeService"/> is the service named by a <c>[ComposeService("…")]</c>
/// attribute on the member, when it has one.
/// </summary>
public sealed record PortMember(string Name, int Value, PortMemberKind Kind, Location NameLocation, Location ValueLocation)
{
    public string? ComposeService { get; init; }

    public Location? ComposeServiceLocation { get; init; }

    /// <summary>The member name without its trailing "Port": <c>GatewayPort</c> → <c>Gateway</c>.</summary>
    public string Stem => Name.Length > 4 && Name.EndsWith("Port", System.StringComparison.OrdinalIgnoreCase)
        ? Name.Substring(0, Name.Length - 4)
        : Name;
}
