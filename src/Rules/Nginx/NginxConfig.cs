using System;
using System.Collections.Generic;
using System.Linq;
using RedFire.Lint.Engine;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Nginx;

/// <summary>A directive and the context nginx reads it in.</summary>
public sealed record NginxDirectiveInContext(NginxDirective Directive, NginxContext Context);

/// <summary>A directive in a context where nginx rejects it ("directive is not allowed here").</summary>
public sealed record NginxContextViolation(NginxDirective Directive, NginxContext Context, IReadOnlyList<NginxContext> Allowed);

/// <summary>
/// One nginx configuration: a root file with the files it includes, its directive tree, and a model of
/// its upstreams and servers. Where the root file's top level sits (main nginx.conf, or inside
/// <c>http { }</c> like conf.d/*.conf) depends on how it is deployed: <see cref="AssumedTopLevel"/> is the
/// guess from the file alone; code that knows the mount path passes the right one to <see cref="Walk"/>
/// and <see cref="ContextViolations"/>.
/// </summary>
public sealed class NginxConfig
{
    private readonly Lazy<NginxModel> _model;

    internal NginxConfig(SourceFile source, IReadOnlyList<NginxDirective> directives, IReadOnlyList<SourceFile> files, IReadOnlyList<NginxSyntaxError> errors)
    {
        Source = source;
        Directives = directives;
        Files = files;
        Errors = errors;
        (AssumedTopLevel, AssumedTopLevelReason) = GuessTopLevel(source, directives);
        _model = new Lazy<NginxModel>(() => NginxModel.Build(this));
    }

    /// <summary>Parses one file without following its includes.</summary>
    public static NginxConfig Parse(SourceFile source) => NginxConfigReader.Read(source, _ => null, _ => []);

    /// <summary>Parses a file and the files it includes (read through the run's file system).</summary>
    public static NginxConfig Load(SourceFile source, LoadContext context) =>
        NginxConfigReader.Read(source, path => context.GetSource(path, FileKind.Nginx), context.FileSystem.EnumerateFiles);

    /// <summary>The root file.</summary>
    public SourceFile Source { get; }

    /// <summary>The root file's top-level directives; includes carry their files' directives in <see cref="NginxDirective.Included"/>.</summary>
    public IReadOnlyList<NginxDirective> Directives { get; }

    /// <summary>The root file and every file included from it.</summary>
    public IReadOnlyList<SourceFile> Files { get; }

    /// <summary>Syntax errors of all the files, and include cycles.</summary>
    public IReadOnlyList<NginxSyntaxError> Errors { get; }

    /// <summary>
    /// The top-level context guessed from the file alone: <see cref="NginxContext.Http"/> for a file in a conf.d
    /// folder (the stock nginx.conf includes those inside <c>http { }</c>); <see cref="NginxContext.Main"/> when
    /// the file shows it is a main nginx.conf (a top-level <c>events</c>, <c>http</c>, <c>worker_processes</c>…);
    /// else the first of http, server, location where all its top-level directives are valid (a snippet of
    /// proxy settings is read as a location's), falling back to http.
    /// </summary>
    public NginxContext AssumedTopLevel { get; }

    /// <summary>Why <see cref="AssumedTopLevel"/> was chosen, for messages.</summary>
    public string AssumedTopLevelReason { get; }

    /// <summary>The http upstreams (<c>upstream name { server host:port; }</c>), stream ones flagged.</summary>
    public IReadOnlyList<NginxUpstream> Upstreams => _model.Value.Upstreams;

    /// <summary>The <c>server { }</c> blocks with their listens, names and locations; stream ones flagged.</summary>
    public IReadOnlyList<NginxServer> Servers => _model.Value.Servers;

    /// <summary>Every directive in document order (includes expanded where they are), with its context.</summary>
    public IEnumerable<NginxDirectiveInContext> Walk(NginxContext topLevel)
    {
        var stack = new Stack<NginxDirectiveInContext>();
        PushAll(stack, Directives, topLevel);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            yield return current;
            var directive = current.Directive;
            if (directive.Included.Count > 0) PushAll(stack, directive.Included, current.Context);
            if (directive.IsBlock) PushAll(stack, directive.Children, ChildContext(directive.Name, current.Context));
        }
    }

    public IEnumerable<NginxDirectiveInContext> Walk() => Walk(AssumedTopLevel);

    /// <summary>The directives nginx would reject where they are, reading the root file's top level as <paramref name="topLevel"/>.</summary>
    public IReadOnlyList<NginxContextViolation> ContextViolations(NginxContext topLevel)
    {
        var violations = new List<NginxContextViolation>();
        foreach (var (directive, context) in Walk(topLevel))
        {
            if (!NginxDirectiveContexts.IsChecked(context)) continue;
            var allowed = NginxDirectiveContexts.AllowedContexts(directive.Name);
            if (allowed is not null && !allowed.Contains(context))
                violations.Add(new NginxContextViolation(directive, context, allowed));
        }
        return violations;
    }

    /// <summary>The context of a block's content, from the block's name and the context it sits in.</summary>
    public static NginxContext ChildContext(string blockName, NginxContext context)
    {
        if (context is NginxContext.Data or NginxContext.Unknown) return NginxContext.Unknown;
        return blockName switch
        {
            "events" => NginxContext.Events,
            "http" => NginxContext.Http,
            "stream" => NginxContext.Stream,
            "mail" => NginxContext.Mail,
            "server" => context switch
            {
                NginxContext.Stream => NginxContext.StreamServer,
                NginxContext.Mail => NginxContext.MailServer,
                _ => NginxContext.Server,
            },
            "upstream" => context == NginxContext.Stream ? NginxContext.StreamUpstream : NginxContext.Upstream,
            "location" => NginxContext.Location,
            "if" => context is NginxContext.Location or NginxContext.IfInLocation ? NginxContext.IfInLocation
                : context is NginxContext.Server or NginxContext.IfInServer ? NginxContext.IfInServer : NginxContext.Unknown,
            "limit_except" => NginxContext.LimitExcept,
            "map" or "types" or "geo" or "split_clients" or "charset_map" or "match" => NginxContext.Data,
            _ => NginxContext.Unknown,
        };
    }

    private static void PushAll(Stack<NginxDirectiveInContext> stack, IReadOnlyList<NginxDirective> directives, NginxContext context)
    {
        for (var i = directives.Count - 1; i >= 0; i--) stack.Push(new NginxDirectiveInContext(directives[i], context));
    }

    private static (NginxContext, string) GuessTopLevel(SourceFile source, IReadOnlyList<NginxDirective> directives)
    {
        var path = "/" + source.FullPath.Replace('\\', '/');
        if (path.IndexOf("/conf.d/", StringComparison.OrdinalIgnoreCase) >= 0)
            return (NginxContext.Http, "it is in a conf.d folder, which the stock nginx.conf includes inside http { }");
        var topLevel = TopLevelWithIncludes(directives).ToArray();
        var mainOnly = topLevel.FirstOrDefault(d => NginxDirectiveContexts.IsMainOnly(d.Name));
        if (mainOnly is not null)
            return (NginxContext.Main, $"it is a main nginx configuration (it has '{mainOnly.Name}' at its top level)");
        if (FitsIn(topLevel, NginxContext.Http))
            return (NginxContext.Http, "it has no main-only directive (events, http, worker_processes…), so it is read as a file included inside http { }");
        // A snippet for "include" inside a server or location block (proxy settings, a set of locations).
        foreach (var snippet in new[] { NginxContext.Server, NginxContext.Location })
            if (FitsIn(topLevel, snippet))
                return (snippet, $"its directives belong to a {NginxDirectiveContexts.Describe(snippet)} block, so it is read as a snippet included there");
        return (NginxContext.Http, "it has no main-only directive (events, http, worker_processes…), so it is read as a file included inside http { }");
    }

    private static bool FitsIn(IEnumerable<NginxDirective> directives, NginxContext context) =>
        directives.All(d => NginxDirectiveContexts.AllowedContexts(d.Name) is not { } allowed || allowed.Contains(context));

    private static IEnumerable<NginxDirective> TopLevelWithIncludes(IReadOnlyList<NginxDirective> directives)
    {
        var stack = new Stack<NginxDirective>(directives.Reverse());
        while (stack.Count > 0)
        {
            var directive = stack.Pop();
            yield return directive;
            for (var i = directive.Included.Count - 1; i >= 0; i--) stack.Push(directive.Included[i]);
        }
    }
}
