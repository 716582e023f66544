using RedFire.Lint.Nginx;

namespace RedFire.Lint.Rules.Nginx;

/// <summary>
/// RF2551: a directive in a context where nginx rejects it ("directive is not allowed here"), reading the file's
/// top level as <see cref="NginxConfig.AssumedTopLevel"/>. The cross-file rules decide the top level from
/// compose mounts instead when they know them.
/// </summary>
public sealed class NginxDirectiveNotAllowedHere : IRule<NginxConfig>
{
    public string Id => RuleIds.NginxDirectiveNotAllowedHere;

    public void Check(NginxConfig model, RuleContext context)
    {
        foreach (var violation in model.ContextViolations(model.AssumedTopLevel))
        {
            var directive = violation.Directive;
            var where = directive.Parent is null
                ? $"at the top level of {directive.Source.Path}, which is read as {NginxDirectiveContexts.Describe(violation.Context)} because {model.AssumedTopLevelReason}"
                : $"inside '{directive.Parent.Name}' ({NginxDirectiveContexts.Describe(violation.Context)} context)";
            context.Report(directive.NameLocation,
                $"'{directive.Name}' is not allowed {where}, only in {NginxDirectiveContexts.Describe(violation.Allowed)}, so nginx refuses to start (\"{directive.Name}\" directive is not allowed here).",
                $"Move '{directive.Name}' into a block where it is valid ({NginxDirectiveContexts.Describe(violation.Allowed)}), or remove it.");
        }
    }
}
