namespace RedFire.Lint.Sources;

/// <summary>What a file is to the linter; decided once, by <see cref="FileClassifier"/>.</summary>
public enum FileKind
{
    Other,
    Dockerfile,
    Compose,
    Env,
    Nginx,
    CSharp,
    DockerIgnore,
}
