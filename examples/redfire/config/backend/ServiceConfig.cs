// The ports of the five microservices: the single source of truth that the Dockerfiles, the compose
// file and the nginx gateway must agree with (RedFire.Lint checks them against this class).
using System;

namespace RedFire.Config;

/// <summary>Names the compose service a port belongs to, when the names differ.</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class ComposeServiceAttribute : Attribute
{
    public ComposeServiceAttribute(string serviceName) => ServiceName = serviceName;

    public string ServiceName { get; }
}

public static class ServiceConfig
{
    private const int BasePort = 8000;

    public const int UserTradingPort = BasePort + 1;

    public const int StrategyDataPort = BasePort + 2;

    /// <summary>Broker adapters (CTP, IB, OKEx); the compose service is gateway-adapter.</summary>
    [ComposeService("gateway-adapter")]
    public const int GatewayPort = BasePort + 4;

    [ComposeService("monitor-service")]
    public const int MonitorPort = BasePort + 5;

    public static readonly int VnpyCorePort = BasePort + 6;
}
