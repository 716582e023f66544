using System;
using System.Linq;
using RedFire.Lint.Dockerfiles;

namespace RedFire.Lint.Rules.Dockerfile;

/// <summary>
/// RF1072: a COPY or ADD source from the build context that the context's .dockerignore excludes (the Dockerfile's
/// directory, the default context): BuildKit leaves it out of the context, so the build fails with "not found".
/// Wildcard sources (which may match other files) and variables are not judged. The context root (<c>COPY . .</c>)
/// counts only when the .dockerignore excludes everything without exceptions.
/// </summary>
public sealed class CopyIgnoredFile : IRule<DockerfileDocument>
{
    public string Id => RuleIds.CopyIgnoredFile;

    public void Check(DockerfileDocument document, RuleContext context)
    {
        var ignore = document.ContextIgnore;
        if (ignore.IsEmpty) return;
        foreach (var copy in document.Stages.SelectMany(s => s.Copies).Where(c => c.From is null && c.Heredocs.Count == 0))
        {
            foreach (var source in copy.Sources)
            {
                var path = source.Value;
                if (source.Raw.IndexOf('$') >= 0 || path.Contains("://") || path.StartsWith("git@", StringComparison.Ordinal) || path.IndexOfAny(['*', '?', '[']) >= 0) continue;
                var relative = path.TrimStart('/');
                var isRoot = relative.Trim('.', '/').Length == 0;
                if (isRoot ? !ignore.ExcludesEverything : !ignore.Excludes(relative)) continue;
                var verb = copy.IsAdd ? "ADD" : "COPY";
                context.Report(source.Location,
                    $"'{path}' is excluded by the build context's .dockerignore, so '{verb}' fails with \"not found\" (or copies nothing).",
                    $"Add an exception ('!{(isRoot ? "<path>" : relative)}') to .dockerignore, or copy something else.");
            }
        }
    }
}
