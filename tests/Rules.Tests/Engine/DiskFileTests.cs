using System.IO;
using System.Linq;
using RedFire.Lint.Sources;
using Xunit;

namespace RedFire.Lint.Tests.Engine;

public class DiskFileTests
{
    [Fact]
    public void A_file_is_read_whole()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "FROM alpine:3.20\nRUN echo hi\n");
            var bytes = DiskFile.Read(path, content => content.ToArray(), out var problem);
            Assert.Null(problem);
            Assert.Equal(File.ReadAllBytes(path), bytes);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Files_read_in_turn_each_give_their_own_bytes_whether_they_fit_the_kept_buffer_or_not()
    {
        // A shorter file after a longer one must not show the rest of the longer one (the thread's buffer is reused).
        var sizes = new[] { 5_000, 200_000, 300, 70_000, 12 };
        var paths = sizes.Select(_ => Path.GetTempFileName()).ToArray();
        try
        {
            for (var i = 0; i < sizes.Length; i++)
                File.WriteAllBytes(paths[i], Enumerable.Range(0, sizes[i]).Select(b => (byte)('a' + (b + i) % 26)).ToArray());
            foreach (var path in paths)
                Assert.Equal(File.ReadAllBytes(path), DiskFile.Read(path, content => content.ToArray(), out _));
        }
        finally
        {
            foreach (var path in paths) File.Delete(path);
        }
    }

    [Fact]
    public void A_file_that_claims_no_length_is_read_to_its_end()
    {
        // procfs files are regular files that report a length of 0: the buffer has to grow as the content comes.
        const string claimsNothing = "/proc/self/mountinfo";
        Assert.True(File.Exists(claimsNothing), "these tests run on Linux, as CI does");
        Assert.Equal(0, new FileInfo(claimsNothing).Length);

        var text = DiskFile.Read(claimsNothing, content => System.Text.Encoding.UTF8.GetString(content.Array!, content.Offset, content.Count), out var problem);

        Assert.Null(problem);
        Assert.True(text!.Length > 100, $"read {text.Length} characters");
        Assert.StartsWith(File.ReadAllLines(claimsNothing)[0], text);
    }
}
