using RedFire.Lint.Deployment;

namespace RedFire.Lint.Rules.Deployment;

/// <summary>
/// Where a file is mounted decides the nginx context its top level lands in: <c>/etc/nginx/nginx.conf</c> is the
/// main context (events, http, process settings; an <c>events {}</c> block is required), while
/// <c>/etc/nginx/conf.d/*.conf</c> is included inside <c>http {}</c>. nginx refuses to start on a directive in the
/// wrong one. Reported only where the mount changes what the file alone shows (RF2551 covers the rest).
/// </summary>
public sealed class NginxDirectiveInWrongContextRule : IRule<DeploymentModel>
{
    public string Id => RuleIds.NginxDirectiveInWrongContext;

    public void Check(DeploymentModel model, RuleContext context)
    {
        foreach (var config in model.GatewayConfigs)
        {
            var mount = $"mounted at {config.MountTarget}, {config.Mount.Location.File}:{config.Mount.Location.Line}";
            var fix = config.Context == MountContext.Main
                ? "Wrap the server and upstream blocks in http { … } with an events { } block beside it, or mount the file at /etc/nginx/conf.d/default.conf instead."
                : "Move it to the main nginx.conf, or mount this file as /etc/nginx/nginx.conf.";
            foreach (var directive in config.Misplaced)
                context.Report(directive.Location,
                    $"nginx refuses '{directive.Name}' here, in the {directive.Context} context (this file is {mount}), because '{directive.Name}' is allowed only in {directive.Allowed}.",
                    $"{fix}");
            if (config.LacksEvents && config.FirstDirective is { } first)
                context.Report(first,
                    $"This file is the main configuration ({mount}) but has no events {{ }} block, so nginx refuses to start (no \"events\" section in configuration).",
                    $"Add 'events {{ }}' at its top level.");
        }
    }
}
