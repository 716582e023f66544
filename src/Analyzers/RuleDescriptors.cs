using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using RedFire.Lint.Catalog;
using RedFire.Lint.Findings;

namespace RedFire.Lint.Analyzers;

/// <summary>
/// One Roslyn descriptor per rule of rules.json, with the same id, title, help link and default severity,
/// so `dotnet_diagnostic.RFxxxx.severity`, #pragma and the IDE's rule settings work as for any analyzer.
/// </summary>
internal static class RuleDescriptors
{
    private static readonly Lazy<ImmutableDictionary<string, DiagnosticDescriptor>> LazyById = new(Build);

    public static ImmutableArray<DiagnosticDescriptor> All => LazyById.Value.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();

    public static bool TryGet(string id, out DiagnosticDescriptor descriptor) => LazyById.Value.TryGetValue(id, out descriptor!);

    public static DiagnosticSeverity ToRoslyn(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        Severity.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

    private static ImmutableDictionary<string, DiagnosticDescriptor> Build() =>
        RuleCatalog.Default.Rules.ToImmutableDictionary(r => r.Id, Describe, StringComparer.Ordinal);

    private static DiagnosticDescriptor Describe(RuleDescriptor rule) =>
        new(
            rule.Id,
            rule.Title,
            "{0}",
            rule.Category,
            ToRoslyn(rule.DefaultSeverity),
            isEnabledByDefault: rule.DefaultSeverity != Severity.None,
            description: rule.Description,
            helpLinkUri: rule.HelpUri,
            customTags: Tags(rule));

    private static string[] Tags(RuleDescriptor rule) =>
        // Internal errors must stay visible; nothing else is special.
        rule.Id == Rules.RuleIds.InternalError ? [WellKnownDiagnosticTags.NotConfigurable] : [];
}
