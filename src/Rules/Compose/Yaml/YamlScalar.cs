using System.Collections.Generic;
using RedFire.Lint.Compose.Interpolation;
using RedFire.Lint.Sources;
using YamlDotNet.Core;

namespace RedFire.Lint.Compose.Yaml;

/// <summary>
/// A scalar: the text as YAML decoded it (<see cref="Raw"/>) and, after interpolation, the value Compose uses
/// (<see cref="Value"/>). <see cref="SourceOffset"/> lets interpolation point at a <c>${…}</c> inside the scalar.
/// </summary>
public sealed class YamlScalar : YamlNode
{
    internal YamlScalar(Location location, string? tag, string raw, ScalarStyle style, int? sourceOffset = null, SourceFile? source = null)
        : base(location, tag)
    {
        Raw = raw;
        Value = raw;
        Style = style;
        SourceOffset = sourceOffset;
        Source = source;
    }

    /// <summary>A plain scalar made by the loader (a default, a key converted from <c>KEY=VALUE</c>), placed at <paramref name="location"/>.</summary>
    internal static YamlScalar Synthetic(string value, Location location) => new(location, null, value, ScalarStyle.Plain);

    /// <summary>The scalar's text before interpolation (quotes and escapes already decoded).</summary>
    public string Raw { get; }

    /// <summary>The value after interpolation (equal to <see cref="Raw"/> when nothing was interpolated).</summary>
    public string Value
    {
        get => _value;
        internal set
        {
            _value = value;
            _kindPlusOne = 0;
        }
    }

    private string _value = string.Empty;

    public ScalarStyle Style { get; }

    /// <summary>Variables this scalar referenced, with their positions and whether they were resolved.</summary>
    public IReadOnlyList<VariableReference> Variables { get; internal set; } = [];

    /// <summary>
    /// Offset in the source text of <see cref="Raw"/>'s first character when the text maps one-to-one onto the
    /// source (plain or quoted without escapes on one line); null otherwise.
    /// </summary>
    internal int? SourceOffset { get; }

    /// <summary>The file the scalar is in, for positions inside it (null for synthetic scalars).</summary>
    internal SourceFile? Source { get; }

    /// <summary>
    /// The position of <paramref name="length"/> characters at <paramref name="start"/> of <see cref="Value"/>: exact when
    /// the value was not interpolated and maps onto the source, else the whole scalar.
    /// </summary>
    public Location LocationOf(int start, int length)
    {
        if (SourceOffset is { } offset && Source is not null && Value == Raw && start >= 0 && start + length <= Raw.Length)
            return Source.GetLocation(offset + start, offset + start + length);
        return Location;
    }

    /// <summary>
    /// A part of this scalar as a scalar of its own (the key or value of <c>KEY=VALUE</c>, a port's host part), with
    /// raw and interpolated text cut at the same separator and its own position when it can be known.
    /// </summary>
    public YamlScalar Part(int valueStart, int valueLength, int rawStart, int rawLength)
    {
        var exact = SourceOffset is not null && Source is not null && rawStart >= 0 && rawStart + rawLength <= Raw.Length;
        var location = exact ? Source!.GetLocation(SourceOffset!.Value + rawStart, SourceOffset!.Value + rawStart + rawLength) : Location;
        var raw = rawStart >= 0 && rawStart + rawLength <= Raw.Length ? Raw.Substring(rawStart, rawLength) : Value.Substring(valueStart, valueLength);
        var part = new YamlScalar(location, null, raw, ScalarStyle.DoubleQuoted, exact ? SourceOffset + rawStart : null, Source)
        {
            Value = Value.Substring(valueStart, valueLength),
            MergedAt = MergedAt,
        };
        part.Variables = exact && Variables.Count > 0 ? VariablesWithin(location) : Variables;
        return part;
    }

    private VariableReference[] VariablesWithin(Location part)
    {
        var within = new List<VariableReference>();
        foreach (var variable in Variables)
            if (Contains(part, variable.Location)) within.Add(variable);
        return within.ToArray();
    }

    private static bool Contains(Location outer, Location inner) =>
        (inner.Line, inner.Column).CompareTo((outer.Line, outer.Column)) >= 0
        && (inner.EndLine, inner.EndColumn).CompareTo((outer.EndLine, outer.EndColumn)) <= 0;

    /// <summary>This scalar, at the same position, holding another value (a path rebased by <c>extends</c>).</summary>
    internal YamlScalar WithValue(string value) =>
        new(Location, Tag, Raw, Style, SourceOffset, Source) { Value = value, Variables = Variables, MergedAt = MergedAt };

    /// <summary>The value as a boolean when it is one (<c>true</c>/<c>false</c> in any YAML 1.2 spelling).</summary>
    public bool? AsBoolean => Value switch
    {
        "true" or "True" or "TRUE" => true,
        "false" or "False" or "FALSE" => false,
        _ => null,
    };

    /// <summary>The value as an integer when it is one.</summary>
    public long? AsInteger => YamlScalarTypes.TryGetInteger(Value, out var number) ? number : null;

    public bool IsQuoted => Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded;

    /// <summary>The YAML 1.2 core-schema type of the value (quoted and <c>!!str</c> scalars are strings).</summary>
    public YamlScalarKind Kind
    {
        get
        {
            // Asked for many times per scalar (rules, schema branches); resolving runs regexes. Kept as an int, which
            // threads sharing a parsed file read and write whole: 0 until resolved.
            if (_kindPlusOne == 0) _kindPlusOne = (int)YamlScalarTypes.Resolve(this) + 1;
            return (YamlScalarKind)(_kindPlusOne - 1);
        }
    }

    private int _kindPlusOne;

    public bool IsNull => Kind == YamlScalarKind.Null;

    internal override YamlNode ShallowCopy() =>
        new YamlScalar(Location, Tag, Raw, Style, SourceOffset, Source) { Value = Value, Variables = Variables, MergedAt = MergedAt };

    public override string ToString() => Value;
}
