namespace RedFire.Lint.Secrets;

/// <summary>
/// Which characters of a text are already part of a reported secret, so that overlapping candidates are dropped
/// in time proportional to their length (a list scan would be quadratic on texts with thousands of candidates).
/// </summary>
internal sealed class SpanClaims
{
    private readonly int _textLength;

    // Made at the first claim: most texts hold no secret, and every text gets a SpanClaims.
    private bool[]? _claimed;

    public SpanClaims(int textLength) => _textLength = textLength;

    private bool IsFree(int start, int end)
    {
        if (_claimed is null) return true;
        for (var i = start; i < end; i++)
            if (_claimed[i]) return false;
        return true;
    }

    private void Claim(int start, int end)
    {
        _claimed ??= new bool[_textLength];
        for (var i = start; i < end; i++) _claimed[i] = true;
    }

    /// <summary>Claims the span if no part of it is claimed yet; false (and nothing claimed) otherwise.</summary>
    public bool TryClaim(int start, int end)
    {
        if (!IsFree(start, end)) return false;
        Claim(start, end);
        return true;
    }
}
