namespace RedFire.Lint.Tests.Deployment;

/// <summary>Tests that need the Dockerfile loader; they run once it is merged.</summary>
internal static class PendingLoaders
{
    public const string Reason = "Waits for the Dockerfile loader to be merged.";
}
