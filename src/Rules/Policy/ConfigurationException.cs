using System;

namespace RedFire.Lint.Policy;

/// <summary>
/// A configuration the user must fix: which file, where, and what is wrong. Its message is the line users see,
/// <c>file(line,col): error: what is wrong</c>, a format editors and CI logs link to the position.
/// </summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(string file, int line, int column, string problem)
        : base(line > 0 ? $"{file}({line},{column}): error: {problem}" : $"{file}: error: {problem}")
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
    }

    public string File { get; }

    public int Line { get; }

    public int Column { get; }

    public string Problem { get; }
}
