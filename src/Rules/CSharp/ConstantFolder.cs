using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RedFire.Lint.CSharp;

/// <summary>
/// Evaluates a member's initializer to a number with Roslyn's semantic model. Constant expressions come
/// straight from <see cref="SemanticModel.GetConstantValue"/>; initializers that are not constant as a whole
/// (a static readonly field or a property built from other members) are folded: their constant parts come
/// from the semantic model, and references to other fields and properties are followed to their initializers.
/// </summary>
internal sealed class ConstantFolder
{
    // Initializers referring to initializers: deep enough for any real class, bounded for hostile input.
    private const int MaxDepth = 32;

    private readonly Compilation _compilation;
    private readonly Dictionary<SyntaxTree, SemanticModel> _models = new();

    public ConstantFolder(Compilation compilation) => _compilation = compilation;

    /// <summary>The expression's value when it is a whole number that fits an int; otherwise null.</summary>
    public int? Evaluate(ExpressionSyntax expression)
    {
        var value = Fold(expression, 0);
        return value is >= int.MinValue and <= int.MaxValue ? (int)value.Value : null;
    }

    /// <summary>The expression's value when it is a constant string (a literal, a const, a nameof…).</summary>
    public string? EvaluateString(ExpressionSyntax expression)
    {
        if (expression is LiteralExpressionSyntax { Token.Value: string literal }) return literal;
        var constant = ModelOf(expression.SyntaxTree).GetConstantValue(expression);
        return constant.HasValue ? constant.Value as string : null;
    }

    private long? Fold(ExpressionSyntax expression, int depth)
    {
        if (depth > MaxDepth) return null;
        var constant = ModelOf(expression.SyntaxTree).GetConstantValue(expression);
        if (constant.HasValue) return AsWholeNumber(constant.Value);

        switch (expression)
        {
            case LiteralExpressionSyntax literal:
                return AsWholeNumber(literal.Token.Value);
            case ParenthesizedExpressionSyntax parenthesized:
                return Fold(parenthesized.Expression, depth + 1);
            case CastExpressionSyntax cast:
                return Fold(cast.Expression, depth + 1);
            case CheckedExpressionSyntax @checked:
                return Fold(@checked.Expression, depth + 1);
            case PrefixUnaryExpressionSyntax unary when unary.IsKind(SyntaxKind.UnaryMinusExpression):
                return -Fold(unary.Operand, depth + 1);
            case PrefixUnaryExpressionSyntax unary when unary.IsKind(SyntaxKind.UnaryPlusExpression):
                return Fold(unary.Operand, depth + 1);
            case BinaryExpressionSyntax binary:
                return Apply(binary.Kind(), Fold(binary.Left, depth + 1), Fold(binary.Right, depth + 1));
            case IdentifierNameSyntax or MemberAccessExpressionSyntax:
                var symbolInfo = ModelOf(expression.SyntaxTree).GetSymbolInfo(expression);
                // A name declared twice (duplicate classes) is ambiguous: take the candidate written in this file.
                var symbol = symbolInfo.Symbol ?? symbolInfo.CandidateSymbols.FirstOrDefault(c => c.Locations.Any(l => l.SourceTree == expression.SyntaxTree));
                var initializer = InitializerOf(symbol, expression.SyntaxTree);
                return initializer is null ? null : Fold(initializer, depth + 1);
            default:
                return null;
        }
    }

    private static long? Apply(SyntaxKind kind, long? left, long? right)
    {
        if (left is not { } l || right is not { } r) return null;
        // Ports are small: anything that overflows or divides by zero is simply not a port.
        return kind switch
        {
            SyntaxKind.AddExpression => l + r,
            SyntaxKind.SubtractExpression => l - r,
            SyntaxKind.MultiplyExpression when Math.Abs(l) < int.MaxValue && Math.Abs(r) < int.MaxValue => l * r,
            SyntaxKind.DivideExpression when r != 0 => l / r,
            SyntaxKind.ModuloExpression when r != 0 => l % r,
            SyntaxKind.BitwiseOrExpression => l | r,
            SyntaxKind.BitwiseAndExpression => l & r,
            SyntaxKind.LeftShiftExpression when r is >= 0 and < 32 => l << (int)r,
            SyntaxKind.RightShiftExpression when r is >= 0 and < 64 => l >> (int)r,
            _ => null,
        };
    }

    /// <summary>The expression a field or property is initialised with (or an expression-bodied property returns).</summary>
    private static ExpressionSyntax? InitializerOf(ISymbol? symbol, SyntaxTree preferred)
    {
        if (symbol is null) return null;
        // Merged duplicates have a declaration per file: the one beside the reference is the one meant.
        foreach (var reference in symbol.DeclaringSyntaxReferences.OrderBy(r => r.SyntaxTree == preferred ? 0 : 1))
        {
            switch (reference.GetSyntax())
            {
                case VariableDeclaratorSyntax { Initializer: { } initializer }:
                    return initializer.Value;
                case PropertyDeclarationSyntax property when property.Initializer is not null || property.ExpressionBody is not null:
                    return property.Initializer?.Value ?? property.ExpressionBody!.Expression;
            }
        }
        return null;
    }

    private static long? AsWholeNumber(object? value) => value switch
    {
        int i => i,
        long l => l,
        short s => s,
        ushort us => us,
        uint ui => ui,
        byte b => b,
        sbyte sb => sb,
        ulong ul when ul <= long.MaxValue => (long)ul,
        string text when long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    private SemanticModel ModelOf(SyntaxTree tree)
    {
        if (!_models.TryGetValue(tree, out var model))
            _models[tree] = model = _compilation.GetSemanticModel(tree, ignoreAccessibility: true);
        return model;
    }
}
