using System.Collections.Generic;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Nginx;

/// <summary>
/// A directive: <c>name arg…;</c> or <c>name arg… { … }</c>. An <c>include</c> directive also carries the
/// directives of the files it included, which nginx reads in the include's own context.
/// </summary>
public sealed class NginxDirective
{
    private readonly List<NginxDirective> _children = new();
    private readonly List<NginxDirective> _included = new();
    private readonly List<SourceFile> _includedFiles = new();

    internal NginxDirective(SourceFile source, NginxArgument name, IReadOnlyList<NginxArgument> arguments, NginxDirective? parent)
    {
        Source = source;
        NameArgument = name;
        Arguments = arguments;
        Parent = parent;
        Location = name.Location;
    }

    public string Name => NameArgument.Value;

    public NginxArgument NameArgument { get; }

    public Location NameLocation => NameArgument.Location;

    public IReadOnlyList<NginxArgument> Arguments { get; }

    /// <summary>From the name to the closing <c>;</c> or <c>}</c> (or as far as it got when the file is broken).</summary>
    public Location Location { get; internal set; }

    public SourceFile Source { get; }

    /// <summary>The enclosing block directive (for a directive read from an included file: the include's), or null at the top.</summary>
    public NginxDirective? Parent { get; }

    /// <summary>True for <c>name … { … }</c>.</summary>
    public bool IsBlock { get; internal set; }

    /// <summary>The directives inside the block, in order (empty for a simple directive, and for blocks of foreign syntax such as Lua).</summary>
    public IReadOnlyList<NginxDirective> Children => _children;

    /// <summary>For <c>include</c>: the top-level directives of every file it included, in nginx's order.</summary>
    public IReadOnlyList<NginxDirective> Included => _included;

    /// <summary>For <c>include</c>: the files it included (none when the path is absolute, has a variable, or matches nothing here).</summary>
    public IReadOnlyList<SourceFile> IncludedFiles => _includedFiles;

    public string? FirstArgument => Arguments.Count > 0 ? Arguments[0].Value : null;

    internal void AddChild(NginxDirective child) => _children.Add(child);

    internal void AddIncluded(SourceFile file, IReadOnlyList<NginxDirective> directives)
    {
        _includedFiles.Add(file);
        _included.AddRange(directives);
    }

    public override string ToString() => Arguments.Count == 0 ? Name : Name + " " + string.Join(" ", Arguments);
}
