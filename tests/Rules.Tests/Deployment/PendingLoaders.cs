namespace RedFire.Lint.Tests.Deployment;

/// <summary>The deployment tests need the compose, Dockerfile and nginx loaders; they run once those are merged.</summary>
internal static class PendingLoaders
{
    public const string Reason = "Waits for the compose, Dockerfile and nginx loaders to be merged.";
}
