using System.Text.RegularExpressions;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Nginx;

/// <summary>
/// A file with template tags (<c>{{ .Env.NGINX_RESOLVER }}</c>, <c>{% if … %}</c>) is the input of a renderer
/// (tpl, frep, gomplate, Jinja) that an entrypoint runs when the container starts: nginx never reads it as it is,
/// so its syntax and settings are not nginx's until rendered.
/// </summary>
internal static class NginxTemplate
{
    private static readonly Regex Tag = new(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.CultureInvariant);

    public static bool IsTemplate(SourceFile source) => Tag.IsMatch(source.Text);
}
