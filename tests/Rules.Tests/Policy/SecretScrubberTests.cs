using RedFire.Lint.Findings;
using RedFire.Lint.Policy;
using Xunit;

namespace RedFire.Lint.Tests.Policy;

public class SecretScrubberTests
{
    private static readonly SecretScrubber Scrubber = new([new Sensitive("hunter2-correct-horse"), new Sensitive("s3cr3t"), new Sensitive("abc")]);

    [Theory]
    [InlineData("the password is hunter2-correct-horse.", "the password is [redacted][redacted]horse.")]
    [InlineData("a piece: correct-h in prose", "a piece: [redacted]h in prose")]
    [InlineData("short one: s3cr3t!", "short one: " + "s3…[6 chars]" + "!")]
    public void Removes_every_piece_of_a_secret_the_run_has_seen(string message, string expected) =>
        Assert.Equal(expected, Scrubber.Scrub(message));

    [Theory]
    [InlineData("nothing secret here, only hunter2 and correct")]
    [InlineData("abc is too short to be searched")]
    [InlineData("")]
    public void Leaves_a_message_without_a_piece_untouched(string message) =>
        Assert.Same(message, Scrubber.Scrub(message));
}
