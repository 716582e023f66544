using System.Collections.Concurrent;
using System.Linq;
using RedFire.Lint.Sources;
using Xunit;

namespace RedFire.Lint.Tests.Engine;

public class NearestFolderTests
{
    [Fact]
    public void The_nearest_holding_folder_at_or_above_each_folder_is_found_and_each_folder_is_probed_once()
    {
        var probes = new ConcurrentBag<string>();
        var nearest = new NearestFolder(folder =>
        {
            probes.Add(folder);
            return folder is "/srv/repo" or "/srv/repo/tools/vendored";
        });

        var found = nearest.OfEach(["/srv/repo/deploy/api", "/srv/repo/deploy/web", "/srv/repo", "/srv/repo/tools/vendored/lib", "/srv/other", "/srv/repo/deploy/api"]);

        Assert.Equal(new[] { "/srv/repo", "/srv/repo", "/srv/repo", "/srv/repo/tools/vendored", null, "/srv/repo" }, found.AsEnumerable());
        // One after the other, each folder is probed once: later walks stop at folders an earlier one saw.
        probes.Clear();
        var again = new NearestFolder(folder => { probes.Add(folder); return false; });
        foreach (var folder in new[] { "/a/b/c", "/a/b/d", "/a/b/c" }) Assert.Null(again.Of(folder));
        Assert.Equal(["/", "/a", "/a/b", "/a/b/c", "/a/b/d"], probes.OrderBy(p => p, System.StringComparer.Ordinal));
    }
}
