using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RedFire.Lint.Findings;
using RedFire.Lint.Dockerfiles;
using RedFire.Lint.Engine;
using RedFire.Lint.Policy;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Rules;

/// <summary>What a rule gets besides its model: its options, the project's policy, and a place to report.</summary>
public sealed class RuleContext
{
    private readonly UnshippedStages _unshipped;

    // Most checks of a rule on a file find nothing: the list is made at the first finding.
    private List<Finding>? _findings;

    internal RuleContext(string ruleId, LintPolicy policy, RuleOptions options, UnshippedStages unshipped)
    {
        RuleId = ruleId;
        Policy = policy;
        Options = options;
        _unshipped = unshipped;
    }

    /// <summary>What the rule reported since the last call, in order; the context then reports into a new list (one context serves a rule's checks of many models).</summary>
    internal IReadOnlyList<Finding> TakeFindings()
    {
        IReadOnlyList<Finding> findings = _findings ?? (IReadOnlyList<Finding>)[];
        _findings = null;
        return findings;
    }

    public string RuleId { get; }

    public LintPolicy Policy { get; }

    public RuleOptions Options { get; }

    /// <summary>
    /// Whether a container can run the image this stage builds: the final stage, a compose build target, or the base
    /// of either. The CMD, ENTRYPOINT and HEALTHCHECK of any other stage take no effect.
    /// </summary>
    public bool IsShipped(Stage stage) => !_unshipped.Contains(stage);

    /// <summary>
    /// Reports a finding. The message is an interpolated string so that <see cref="Sensitive"/> arguments
    /// are rendered masked; nothing else in it is altered, so a value that holds a secret must be passed as one.
    /// </summary>
    public void Report(Location location, FormattableString message, params RelatedLocation[] related) =>
        (_findings ??= new List<Finding>()).Add(Render(RuleId, location, message, related));

    /// <summary>
    /// Reports a finding whose message says what is wrong (the value found, the value expected) and whose
    /// <paramref name="help"/> says how to fix it.
    /// </summary>
    public void Report(Location location, FormattableString message, FormattableString help, params RelatedLocation[] related) =>
        (_findings ??= new List<Finding>()).Add(Render(RuleId, location, message, related, help));

    internal static Finding Render(string ruleId, Location location, FormattableString message, IReadOnlyList<RelatedLocation> related,
        FormattableString? help = null)
    {
        return new Finding(ruleId, location, message.ToString(CultureInfo.InvariantCulture))
        {
            Related = related,
            QuotesSecret = message.GetArguments().Concat(help?.GetArguments() ?? []).Any(a => a is Sensitive),
            Help = help?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        };
    }
}
