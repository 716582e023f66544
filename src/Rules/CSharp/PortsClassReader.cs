using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RedFire.Lint.Sources;
using Location = RedFire.Lint.Sources.Location;

namespace RedFire.Lint.CSharp;

/// <summary>
/// Reads the ports class out of a Roslyn compilation. Shared by the engine (which builds a compilation of the
/// linted C# files) and the analyzer (which has the project's compilation already).
/// </summary>
public static class PortsClassReader
{
    /// <summary>
    /// Every class named <paramref name="className"/> in the compilation, with its port members.
    /// <paramref name="displayPath"/> turns a syntax tree into the path findings show.
    /// </summary>
    public static IReadOnlyList<PortsClass> Read(Compilation compilation, string className, Func<SyntaxTree, string> displayPath)
    {
        var result = new List<PortsClass>();
        var seenPartials = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree, ignoreAccessibility: true);
            foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>())
            {
                if (declaration.Identifier.ValueText != className) continue;
                if (model.GetDeclaredSymbol(declaration) is not INamedTypeSymbol symbol) continue;
                if (declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    if (seenPartials.Add(symbol)) result.Add(ReadClass(compilation, symbol, declaration, _ => true, displayPath));
                }
                else
                {
                    // Two deployments in one tree (a monorepo, both examples) each declare their own class: Roslyn merges
                    // the duplicates into one symbol, so each declaration keeps only the members written in it.
                    result.Add(ReadClass(compilation, symbol, declaration, tree.Equals, displayPath));
                }
            }
        }
        return result;
    }

    private static PortsClass ReadClass(Compilation compilation, INamedTypeSymbol symbol, ClassDeclarationSyntax declaration,
        Func<SyntaxTree?, bool> declaredIn, Func<SyntaxTree, string> displayPath)
    {
        var evaluator = new ConstantFolder(compilation);
        var members = new List<PortMember>();
        var own = symbol.GetMembers().Where(m => declaredIn(m.Locations.FirstOrDefault()?.SourceTree));
        foreach (var member in own.OrderBy(m => m.Locations.FirstOrDefault()?.SourceTree?.FilePath, StringComparer.Ordinal)
                     .ThenBy(m => m.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0))
        {
            var port = ReadMember(member, evaluator, displayPath);
            if (port is not null) members.Add(port);
        }
        return new PortsClass(symbol.Name, symbol.ToDisplayString(), ToLocation(declaration.Identifier.GetLocation(), displayPath), members);
    }

    private static PortMember? ReadMember(ISymbol member, ConstantFolder evaluator, Func<SyntaxTree, string> displayPath)
    {
        if (member.IsImplicitlyDeclared || member.DeclaredAccessibility == Accessibility.Private) return null;
        var attribute = ComposeServiceOf(member, evaluator);
        if (attribute is null && !member.Name.EndsWith("Port", StringComparison.OrdinalIgnoreCase)) return null;

        var (kind, nameToken, valueSyntax) = member switch
        {
            IFieldSymbol field when field.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is VariableDeclaratorSyntax declarator =>
                (field.IsConst ? PortMemberKind.Const : field.IsStatic && field.IsReadOnly ? PortMemberKind.StaticReadOnlyField : PortMemberKind.Field,
                    declarator.Identifier, declarator.Initializer?.Value),
            IPropertySymbol property when property.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is PropertyDeclarationSyntax declaration =>
                (PortMemberKind.Property, declaration.Identifier, declaration.Initializer?.Value ?? declaration.ExpressionBody?.Expression),
            _ => (default(PortMemberKind), default(SyntaxToken), (ExpressionSyntax?)null),
        };
        if (valueSyntax is null) return null;
        var value = evaluator.Evaluate(valueSyntax);
        if (value is null) return null;

        return new PortMember(member.Name, value.Value, kind, ToLocation(nameToken.GetLocation(), displayPath), ToLocation(valueSyntax.GetLocation(), displayPath))
        {
            ComposeService = attribute?.Service,
            ComposeServiceLocation = attribute is null ? null : ToLocation(attribute.Value.Location, displayPath),
        };
    }

    /// <summary>
    /// A <c>[ComposeService("name")]</c> (or <c>ComposeServiceAttribute</c>) on the member. Matched by name, so
    /// users declare the attribute themselves and need no package; the name may be any constant string.
    /// </summary>
    private static (string Service, Microsoft.CodeAnalysis.Location Location)? ComposeServiceOf(ISymbol member, ConstantFolder folder)
    {
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax() switch
            {
                VariableDeclaratorSyntax declarator => declarator.Parent?.Parent as MemberDeclarationSyntax,
                MemberDeclarationSyntax m => m,
                _ => null,
            };
            if (declaration is null) continue;
            foreach (var attribute in declaration.AttributeLists.SelectMany(l => l.Attributes))
            {
                if (!IsComposeServiceAttribute(attribute.Name)) continue;
                var argument = attribute.ArgumentList?.Arguments.FirstOrDefault();
                var service = argument is null ? null : folder.EvaluateString(argument.Expression);
                if (!string.IsNullOrWhiteSpace(service)) return (service!, argument!.Expression.GetLocation());
            }
        }
        return null;
    }

    private static bool IsComposeServiceAttribute(NameSyntax name)
    {
        var simple = name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax plain => plain.Identifier.ValueText,
            _ => string.Empty,
        };
        return simple is "ComposeService" or "ComposeServiceAttribute";
    }

    internal static Location ToLocation(Microsoft.CodeAnalysis.Location location, Func<SyntaxTree, string> displayPath)
    {
        var span = location.GetLineSpan();
        var file = location.SourceTree is { } tree ? displayPath(tree) : span.Path;
        return Location.Create(file, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1);
    }
}
