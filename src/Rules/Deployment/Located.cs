using RedFire.Lint.Sources;

namespace RedFire.Lint.Deployment;

/// <summary>A value as the deployment states it, and the place it is written (the place a fix goes).</summary>
public sealed record Located<T>(T Value, Location Location);
