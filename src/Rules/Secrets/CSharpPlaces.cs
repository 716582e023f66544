using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RedFire.Lint.CSharp;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Secrets;

/// <summary>
/// The places of the C# file that declares the ports class: every string literal, named after the field,
/// constant, property or local it initialises (<c>const string JwtKey = "…"</c>) when it initialises one, so both
/// secret-named members and connection strings (<c>"Host=db;Password=…"</c>) are checked.
/// </summary>
internal static class CSharpPlaces
{
    private const string Remedy = "read it from configuration at run time (an environment variable or a secret store through IConfiguration) instead of a literal in source";

    public static IEnumerable<SecretPlace> Of(SourceFile source, string portsClassName)
    {
        if (string.IsNullOrWhiteSpace(portsClassName) || source.Text.IndexOf(portsClassName, StringComparison.Ordinal) < 0) return [];
        // A file the parser gave up on is the ports loader's RF0006.
        if (BoundedCSharpParser.Parse(source, out _)?.GetRoot() is not { } root) return [];
        if (!root.DescendantNodes().OfType<TypeDeclarationSyntax>().Any(t => t.Identifier.ValueText == portsClassName)) return [];
        return root.DescendantTokens()
            .Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.Utf8StringLiteralToken))
            .Select(t => new SecretPlace(source, source.GetLocation(t.SpanStart, t.Span.End), SecretPlaceKind.Setting, NameOf(t), t.ValueText)
            {
                Where = "C# member",
                Remedy = Remedy,
            })
            .ToArray();
    }

    /// <summary>The member or variable a literal initialises or is assigned to, or null.</summary>
    private static string? NameOf(SyntaxToken literal)
    {
        var expression = literal.Parent;
        if (expression?.Parent is EqualsValueClauseSyntax equals)
        {
            return equals.Parent switch
            {
                VariableDeclaratorSyntax variable => variable.Identifier.ValueText,
                PropertyDeclarationSyntax property => property.Identifier.ValueText,
                ParameterSyntax parameter => parameter.Identifier.ValueText,
                _ => null,
            };
        }
        return expression?.Parent switch
        {
            ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
            AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } => name.Identifier.ValueText,
            AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax member } => member.Name.Identifier.ValueText,
            _ => null,
        };
    }
}
