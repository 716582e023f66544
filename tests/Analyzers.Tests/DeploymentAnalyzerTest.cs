using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace RedFire.Lint.Analyzers.Tests;

/// <summary>
/// The analyzer in a test compilation as the package sets it up: the C# sources, the deployment files as
/// AdditionalFiles, and the RedFireLintRoot build property the targets expose (so paths in messages are relative
/// to /repo). Compiler warnings count, so a load problem (CS8032, CS9057) or an analyzer crash (AD0001) fails.
/// </summary>
internal sealed class DeploymentAnalyzerTest : CSharpAnalyzerTest<DeploymentAnalyzer, DefaultVerifier>
{
    public const string Root = "/repo/";

    public DeploymentAnalyzerTest()
    {
        ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
        CompilerDiagnostics = CompilerDiagnostics.Warnings;
        // CS1591: the harness compiles in documentation mode; test snippets carry no XML comments.
        TestState.AnalyzerConfigFiles.Add(("/.globalconfig",
            $"is_global = true\nbuild_property._RedFireLintRoot = {Root}\ndotnet_diagnostic.CS1591.severity = none\n"));
    }

    /// <summary>Adds a C# source at a path under <see cref="Root"/>.</summary>
    public DeploymentAnalyzerTest WithSource(string path, string markup)
    {
        TestState.Sources.Add((Root + path, markup));
        return this;
    }

    /// <summary>Adds a deployment file (compose, Dockerfile, env, nginx) as an AdditionalFile under <see cref="Root"/>.</summary>
    public DeploymentAnalyzerTest WithDeploymentFile(string path, string markup)
    {
        TestState.AdditionalFiles.Add((Root + path, markup));
        return this;
    }

    public static Task VerifyAsync(DeploymentAnalyzerTest test, params DiagnosticResult[] expected)
    {
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }
}
