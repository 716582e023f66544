using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RedFire.Lint.Engine;
using RedFire.Lint.Sources;

namespace RedFire.Lint.CSharp;

/// <summary>
/// Builds a compilation of the linted C# files that can declare the ports class and adds each
/// <see cref="PortsClass"/> found to the models. C# syntax errors are the compiler's business, not ours:
/// a class Roslyn can still bind is read, anything else is skipped silently.
/// </summary>
public sealed class PortsClassLoader : IModelLoader
{
    public void Load(LoadContext context)
    {
        var className = context.Policy.PortsClassName;
        if (string.IsNullOrWhiteSpace(className)) return;

        var candidates = context.SourcesOf(FileKind.CSharp)
            .Where(s => !s.IsUnreadable && s.Text.Length <= SourceFile.MaxBytes && s.Text.IndexOf(className, StringComparison.Ordinal) >= 0)
            .ToArray();
        if (candidates.Length == 0) return;
        Read(context, candidates, className);
    }

    /// <summary>
    /// Roslyn's part, apart from <see cref="Load"/>: the method's types load the Roslyn assemblies when it is compiled,
    /// which a run without a candidate file (most of them) then never pays for.
    /// </summary>
    private static void Read(LoadContext context, SourceFile[] candidates, string className)
    {
        var displayPaths = new Dictionary<SyntaxTree, string>();
        foreach (var source in candidates)
        {
            if (BoundedCSharpParser.Parse(source, out var refusal) is { } tree) displayPaths[tree] = source.Path;
            else context.ReportUnreadable(SourceFile.Unreadable(source.Path, source.Kind, source.FullPath, refusal!), Sources.Location.StartOf(source.Path));
        }
        var trees = displayPaths.Keys.ToArray();
        var compilation = CSharpCompilation.Create("RedFireLintPorts", trees, CoreLibrary.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        foreach (var portsClass in PortsClassReader.Read(compilation, className, tree => displayPaths[tree]))
            context.Models.Add(portsClass);
    }

    /// <summary>
    /// The runtime's core library, so <c>int</c> binds and constant folding is exact. Without it (an
    /// environment that hides assembly paths) the reader still folds literals and member references itself.
    /// </summary>
    private static class CoreLibrary
    {
        public static readonly MetadataReference[] References = Load();

        private static MetadataReference[] Load()
        {
            try
            {
                var path = typeof(object).Assembly.Location;
                return string.IsNullOrEmpty(path) || !File.Exists(path) ? [] : [MetadataReference.CreateFromFile(path)];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or BadImageFormatException)
            {
                return [];
            }
        }
    }
}
