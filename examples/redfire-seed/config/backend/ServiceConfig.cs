// The plan's config/backend/service_config.py, in C#: the ports of the five microservices.
// The forms are mixed on purpose (const, static readonly, property initializers, expressions):
// RedFire.Lint evaluates them with Roslyn, so any of them is the single source of truth.
namespace RedFire.Config;

public class ServiceConfig
{
    private const int BasePort = 8000;

    /// <summary>VnPy core service.</summary>
    public const int VnpyCorePort = BasePort + 6;

    /// <summary>User trading service.</summary>
    public static readonly int UserTradingPort = BasePort + 1;

    /// <summary>Strategy data service.</summary>
    public int StrategyDataPort { get; set; } = 8002;

    /// <summary>Gateway adapter service.</summary>
    public int GatewayPort { get; set; } = StrategyDataOffset + BasePort + 2;

    /// <summary>Monitor and notification service.</summary>
    public int MonitorPort { get; } = 8005;

    private const int StrategyDataOffset = 2;
}
