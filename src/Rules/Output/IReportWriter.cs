using System.IO;

namespace RedFire.Lint.Output;

/// <summary>Renders a report in one format. Writers are deterministic: the same report gives the same bytes.</summary>
public interface IReportWriter
{
    void Write(LintReport report, TextWriter output);
}
