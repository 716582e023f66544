using Microsoft.Build.Framework;

namespace RedFire.Lint.MsBuild;

/// <summary>
/// Shows again the findings <see cref="RedFireLint"/> kept, when its target was skipped because no input
/// changed: a no-op build does no analysis and still reports what is wrong. The build's gating properties
/// are applied now, so changing <c>TreatWarningsAsErrors</c> alone takes effect without a new analysis.
/// </summary>
public sealed class RedFireLintReplay : GatedReportTask
{
    [Required]
    public string CacheFile { get; set; } = string.Empty;

    public override bool Execute()
    {
        var findings = FindingCache.TryRead(CacheFile);
        if (findings is null)
        {
            Log.LogMessage(MessageImportance.Low, $"RedFire.Lint: no findings cache at {CacheFile}; nothing to replay.");
            return true;
        }
        Log.LogMessage(MessageImportance.Normal, $"RedFire.Lint: inputs unchanged; replaying {findings.Count} finding(s) from {CacheFile}.");
        Report(findings);
        return !Log.HasLoggedErrors;
    }
}
