namespace RedFire.Lint.Secrets;

/// <summary>
/// Which characters of a text are already part of a reported secret, so that overlapping candidates are dropped
/// in time proportional to their length (a list scan would be quadratic on texts with thousands of candidates).
/// </summary>
internal sealed class SpanClaims
{
    private readonly bool[] _claimed;

    public SpanClaims(int textLength) => _claimed = new bool[textLength];

    private bool IsFree(int start, int end)
    {
        for (var i = start; i < end; i++)
            if (_claimed[i]) return false;
        return true;
    }

    private void Claim(int start, int end)
    {
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
