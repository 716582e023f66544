using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Compose.Yaml;

namespace RedFire.Lint.Compose;

/// <summary>
/// <c>command</c>, <c>entrypoint</c> or a health check's <c>test</c>: a string (run by a shell for health checks,
/// split like a shell for command/entrypoint) or a list (exec form, each argument with its position).
/// </summary>
public sealed record ComposeCommand(YamlNode Node)
{
    public bool IsList => Node is YamlSequence;

    /// <summary>The list items, or the single string as one item.</summary>
    public IReadOnlyList<YamlScalar> Arguments => YamlViews.StringOrList(Node);

    /// <summary>The words joined by spaces, as a reader would see the command line.</summary>
    public string Text => string.Join(" ", Arguments.Select(a => a.Value));

    public static ComposeCommand? From(YamlNode? node) =>
        node is null || node is YamlScalar { IsNull: true } ? null : new ComposeCommand(node);
}

/// <summary>A service's <c>healthcheck</c>; <see cref="Test"/> keeps the form (CMD, CMD-SHELL, NONE or a plain string).</summary>
public sealed record ComposeHealthcheck(YamlMapping Node)
{
    public ComposeCommand? Test => ComposeCommand.From(Node["test"]);

    /// <summary><c>CMD</c>, <c>CMD-SHELL</c>, <c>NONE</c>, or <c>SHELL</c> for a plain string (run with <c>/bin/sh -c</c>).</summary>
    public string TestForm => Test?.Node switch
    {
        YamlSequence list when list.Items.FirstOrDefault() is YamlScalar first => first.Value,
        YamlScalar => "SHELL",
        _ => "",
    };

    /// <summary>True for <c>disable: true</c> or <c>test: ["NONE"]</c>.</summary>
    public bool IsDisabled => YamlViews.Scalar(Node, "disable")?.AsBoolean == true || TestForm == "NONE";

    public YamlScalar? Interval => YamlViews.Scalar(Node, "interval");

    public YamlScalar? Timeout => YamlViews.Scalar(Node, "timeout");

    public YamlScalar? Retries => YamlViews.Scalar(Node, "retries");

    public YamlScalar? StartPeriod => YamlViews.Scalar(Node, "start_period");

    public YamlScalar? StartInterval => YamlViews.Scalar(Node, "start_interval");
}

/// <summary><c>build</c>: a context path string or a mapping. Paths are resolved against the declaring file's directory.</summary>
public sealed record ComposeBuild(YamlNode Node)
{
    private YamlMapping? Map => Node as YamlMapping;

    /// <summary>The context as written (the string form's value, or <c>context</c>; null means ".").</summary>
    public YamlScalar? Context => Node as YamlScalar ?? YamlViews.Scalar(Map, "context");

    public YamlScalar? Dockerfile => YamlViews.Scalar(Map, "dockerfile");

    public YamlScalar? DockerfileInline => YamlViews.Scalar(Map, "dockerfile_inline");

    public YamlScalar? Target => YamlViews.Scalar(Map, "target");

    public IReadOnlyList<ComposeKeyValue> Args => ComposeKeyValue.ListFrom(Map?["args"]);

    public IReadOnlyList<ComposeServiceReference> Secrets => ComposeServiceReference.ListFrom(Map?["secrets"]);

    /// <summary><c>additional_contexts</c>: named contexts the Dockerfile reaches with <c>COPY --from=name</c> or <c>FROM name</c>.</summary>
    public IReadOnlyList<ComposeKeyValue> AdditionalContexts => ComposeKeyValue.ListFrom(Map?["additional_contexts"]);

    /// <summary>The absolute context directory (remote contexts such as git URLs are kept as written).</summary>
    public string ContextPath { get; init; } = string.Empty;

    /// <summary>The absolute Dockerfile path (context + dockerfile, default <c>Dockerfile</c>); empty with dockerfile_inline or a remote context.</summary>
    public string DockerfilePath { get; init; } = string.Empty;
}

/// <summary><c>deploy.resources</c>: limits and reservations (cpus, memory, pids).</summary>
public sealed record ComposeResources(YamlMapping Node)
{
    public YamlMapping? Limits => Node["limits"] as YamlMapping;

    public YamlMapping? Reservations => Node["reservations"] as YamlMapping;

    public YamlScalar? CpusLimit => YamlViews.Scalar(Limits, "cpus");

    public YamlScalar? MemoryLimit => YamlViews.Scalar(Limits, "memory");

    public YamlScalar? PidsLimit => YamlViews.Scalar(Limits, "pids");
}
