using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RedFire.Lint.Analyzers;

/// <summary>
/// Reports the engine's findings located in C# — the members of the ports class the deployment contradicts —
/// as Roslyn diagnostics with the rules' own ids. The deployment files arrive as AdditionalFiles (the package's
/// targets pass them); findings located in them belong to the build task, so nothing is reported twice.
/// <para>
/// Why a syntax-tree action under a compilation-start action, and not a compilation-end action: the IDE runs
/// compilation-end actions only in full-solution analysis, so the squiggle would not follow the user's typing.
/// A syntax-tree action runs for the open document on every edit; the engine runs at most once per compilation
/// (lazily, and only when a tree declaring the ports class is analysed), and each tree gets its share.
/// </para>
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DeploymentAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => RuleDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var run = DeploymentRun.TryCreate(context.Compilation, context.Options, context.CancellationToken);
        if (run is null) return;

        var perTree = new Lazy<ImmutableDictionary<SyntaxTree, ImmutableArray<Diagnostic>>>(run.Execute);
        context.RegisterSyntaxTreeAction(treeContext =>
        {
            if (!run.Covers(treeContext.Tree)) return;
            if (!perTree.Value.TryGetValue(treeContext.Tree, out var diagnostics)) return;
            foreach (var diagnostic in diagnostics) treeContext.ReportDiagnostic(diagnostic);
        });
    }
}
