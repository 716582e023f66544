using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RedFire.Lint.Sources;

namespace RedFire.Lint.CSharp;

/// <summary>
/// Parses a linted C# file within a time budget. Roslyn's parser backtracks exponentially on some broken files (a run
/// of unclosed <c>[Attr(x + 1;</c> lines: 15 of them take seconds, 20 take minutes); a real source parses in
/// milliseconds. A file with many brackets left open cannot compile and is where the backtracking starts, so it is not
/// given to the parser (the lexer is linear); any other file that takes longer than <see cref="Budget"/> is left out
/// too, rather than hanging the run. Each file is parsed once however many loaders and rules read it.
/// </summary>
internal static class BoundedCSharpParser
{
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    private static readonly CSharpParseOptions Options = new(LanguageVersion.Latest);

    private static readonly ConditionalWeakTable<SourceFile, Parsed> Trees = new();

    private sealed class Parsed(SyntaxTree? tree, NotLinted? refusal)
    {
        public SyntaxTree? Tree { get; } = tree;

        public NotLinted? Refusal { get; } = refusal;
    }

    /// <summary>More '(' and '[' left open than this at the end of a file, and it is not parsed.</summary>
    private const int MaxUnclosedBrackets = 8;

    /// <summary>The file's syntax tree, or null with the reason it was not parsed.</summary>
    public static SyntaxTree? Parse(SourceFile source, out NotLinted? refusal)
    {
        var parsed = Trees.GetValue(source, ParseWithin);
        refusal = parsed.Refusal;
        return parsed.Tree;
    }

    private static Parsed ParseWithin(SourceFile source)
    {
        var unclosed = UnclosedBrackets(source.Text);
        if (unclosed > MaxUnclosedBrackets) return new Parsed(null, NotLinted.UnclosedBrackets(unclosed));
        using var budget = new CancellationTokenSource(Budget);
        try
        {
            var tree = CSharpSyntaxTree.ParseText(source.Text, Options, source.FullPath, cancellationToken: budget.Token);
            tree.GetRoot(budget.Token);
            return new Parsed(tree, null);
        }
        catch (OperationCanceledException)
        {
            return new Parsed(null, NotLinted.ParseTooSlow);
        }
    }

    private static int UnclosedBrackets(string text)
    {
        var open = 0;
        foreach (var token in SyntaxFactory.ParseTokens(text, options: Options))
        {
            if (token.IsKind(SyntaxKind.OpenParenToken) || token.IsKind(SyntaxKind.OpenBracketToken)) open++;
            else if (token.IsKind(SyntaxKind.CloseParenToken) || token.IsKind(SyntaxKind.CloseBracketToken)) open--;
        }
        return open;
    }
}
