namespace Seeds;

public static class ServiceConfig
{
    public const int ApiPort = 8080;
    public const int GatewayPort = 80;
}
