using System.Composition;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using RedFire.Lint.Rules;

namespace RedFire.Lint.Analyzers.CodeFixes;

/// <summary>
/// Two ways out of a port the deployment contradicts (RF4004, reported on the member's value with every
/// disagreeing place as an additional location): write the member's value into the deployment files, or — when
/// every place says the same other port — write that port into the member.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PortAgreementCodeFixProvider)), Shared]
public sealed class PortAgreementCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.PortsClassMemberContradicted);

    // Each member is a decision of its own (which side is right), so there is no fix-all.
    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null) return;

        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value) continue;
            var places = await DeploymentPlace.ReadAllAsync(context.Document.Project, diagnostic.AdditionalLocations, context.CancellationToken).ConfigureAwait(false);
            var readable = places.Where(p => p is not null).Select(p => p!).ToArray();

            if (model.GetConstantValue(value, context.CancellationToken) is { HasValue: true, Value: int port }
                && readable.Any(p => !p.Ports.Contains(port)))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use {port} in the deployment ({Count(readable.Count(p => !p.Ports.Contains(port)))})",
                        ct => WritePortIntoDeploymentAsync(context.Document.Project.Solution, readable, port, ct),
                        equivalenceKey: "RedFireLint.PortIntoDeployment"),
                    diagnostic);
            }

            // A place listing several ports (ASPNETCORE_URLS=http://+:8080;https://+:8443) does not say which one the member is.
            var stated = readable.Select(p => p.Port).Distinct().ToArray();
            if (readable.Length > 0 && readable.Length == places.Count && stated.Length == 1 && stated[0] is int only)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Change the value to {only}, as the deployment says",
                        ct => WritePortIntoMemberAsync(context.Document, root, value, only),
                        equivalenceKey: "RedFireLint.PortIntoMember"),
                    diagnostic);
            }
        }
    }

    private static string Count(int places) => places == 1 ? "1 place" : $"{places} places";

    private static async Task<Solution> WritePortIntoDeploymentAsync(Solution solution, DeploymentPlace[] places, int port, CancellationToken cancellationToken)
    {
        var replacement = port.ToString(CultureInfo.InvariantCulture);
        foreach (var byDocument in places.Where(p => !p.Ports.Contains(port)).GroupBy(p => p.Document.Id))
        {
            var document = solution.GetAdditionalDocument(byDocument.Key)!;
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var changes = byDocument.Select(p => p.PortSpan).Distinct().Select(span => new TextChange(span, replacement));
            solution = solution.WithAdditionalDocumentText(byDocument.Key, text.WithChanges(changes));
        }
        return solution;
    }

    private static Task<Document> WritePortIntoMemberAsync(Document document, SyntaxNode root, ExpressionSyntax value, int port)
    {
        var literal = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(port))
            .WithTriviaFrom(value);
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(value, literal)));
    }
}
