using System;
using System.IO;
using System.Text;

namespace RedFire.Lint.Cli.Tests.Infrastructure;

/// <summary>A directory of fixture files under the temp folder, deleted when disposed.</summary>
public sealed class TempTree : IDisposable
{
    /// <summary>
    /// NUL bytes make a file binary: RF0006 reports it, and nothing else parses it. Fixtures give binary files
    /// Dockerfile names, so the findings stay exactly RF0006 whatever rules the other file kinds gain.
    /// </summary>
    public const string Binary = "FROM alpine\0\u0001";

    public TempTree()
    {
        Root = Path.Combine(Path.GetTempPath(), "redfire-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public TempTree With(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return this;
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public CliRun Lint(params string[] args) => CliRunner.Run(Root, args);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing Dispose would hide the real test result.
        }
    }
}
