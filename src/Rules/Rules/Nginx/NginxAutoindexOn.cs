using RedFire.Lint.Nginx;

namespace RedFire.Lint.Rules.Nginx;

/// <summary>RF2558: <c>autoindex on</c> lists every file of the directory, backups and dot files included, to anyone.</summary>
public sealed class NginxAutoindexOn : IRule<NginxConfig>
{
    public string Id => RuleIds.NginxAutoindexOn;

    public void Check(NginxConfig model, RuleContext context)
    {
        foreach (var (directive, _) in model.Walk())
        {
            if (directive.Name != "autoindex" || directive.FirstArgument != "on") continue;
            context.Report(directive.Arguments[0].Location,
                $"'autoindex on' lists every file of the directory to anyone, including backups and files not meant to be linked; off is expected.",
                $"Remove it (off is the default), or restrict the location with 'allow'/'deny' or auth_basic if the listing is intended.");
        }
    }
}
