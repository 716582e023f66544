using System;

namespace RedFire.Lint.Cli.CommandLine;

/// <summary>The command line is wrong (exit code 2); the message says how.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message) : base(message) { }
}
