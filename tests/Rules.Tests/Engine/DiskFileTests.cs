using System.IO;
using RedFire.Lint.Sources;
using Xunit;

namespace RedFire.Lint.Tests.Engine;

public class DiskFileTests
{
    [Fact]
    public void A_file_is_read_whole_into_a_buffer_sized_to_its_length()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "FROM alpine:3.20\nRUN echo hi\n");
            var bytes = DiskFile.Read(path, out var problem);
            Assert.Null(problem);
            Assert.Equal(File.ReadAllBytes(path), bytes!.Value.ToArray());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_file_that_claims_no_length_is_read_to_its_end()
    {
        // procfs files are regular files that report a length of 0: the buffer has to grow as the content comes.
        const string claimsNothing = "/proc/self/mountinfo";
        Assert.True(File.Exists(claimsNothing), "these tests run on Linux, as CI does");
        Assert.Equal(0, new FileInfo(claimsNothing).Length);

        var bytes = DiskFile.Read(claimsNothing, out var problem);

        Assert.Null(problem);
        Assert.True(bytes!.Value.Count > 100, $"read {bytes.Value.Count} bytes");
        Assert.StartsWith(File.ReadAllLines(claimsNothing)[0], System.Text.Encoding.UTF8.GetString(bytes.Value.Array!, 0, bytes.Value.Count));
    }
}
