using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RedFire.Lint.Engine;
using RedFire.Lint.Sources;
using Xunit;

namespace RedFire.Lint.Tests.Engine;

/// <summary>A probe for a name a listed folder does not hold is answered without the disk; anything else is asked of it.</summary>
public sealed class FolderListingsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("redfire-listings-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private FolderListings Listed()
    {
        Directory.CreateDirectory(Path.Combine(_root, "app", "src"));
        File.WriteAllText(Path.Combine(_root, "app", "Dockerfile"), "FROM alpine\n");
        File.WriteAllText(Path.Combine(_root, "app", ".EditorConfig"), "root = true\n");
        var listings = new FolderListings();
        _ = SourceDiscovery.EnumerateFiles(_root, listings: listings).ToArray();
        return listings;
    }

    [Fact]
    public void A_name_missing_from_a_listed_folder_is_surely_missing()
    {
        var listings = Listed();

        Assert.True(listings.SurelyMissing(Path.Combine(_root, "app", "docker-bake.hcl")));
        Assert.True(listings.SurelyMissing(Path.Combine(_root, "app", "src", ".dockerignore")));
        Assert.True(listings.SurelyMissing(Path.Combine(_root, "compose.yaml")));
    }

    [Fact]
    public void A_name_the_folder_holds_in_any_case_an_unlisted_folder_and_an_unnormalized_path_go_to_the_disk()
    {
        var listings = Listed();

        Assert.False(listings.SurelyMissing(Path.Combine(_root, "app", "Dockerfile")));
        Assert.False(listings.SurelyMissing(Path.Combine(_root, "app", "src")));
        Assert.False(listings.SurelyMissing(Path.Combine(_root, "app", ".editorconfig")));
        Assert.False(listings.SurelyMissing(Path.Combine(Path.GetDirectoryName(_root)!, "elsewhere", ".editorconfig")));
        Assert.False(listings.SurelyMissing(Path.Combine(_root, "app", "src", "..", ".dockerignore")));
        Assert.False(listings.SurelyMissing(Path.Combine(_root, "app") + Path.DirectorySeparatorChar));
    }

    [Fact]
    public void The_listed_file_system_asks_the_disk_only_what_the_listings_cannot_answer()
    {
        var listings = Listed();
        var disk = new CountingDisk();
        var files = new ListedFileSystem(disk, listings);

        Assert.False(files.FileExists(Path.Combine(_root, "app", "docker-bake.hcl")));
        Assert.Null(files.ReadAllText(Path.Combine(_root, "app", ".dockerignore")));
        Assert.Equal(NotLinted.Missing, files.WhyNotReadable(Path.Combine(_root, "app", ".globalconfig")));
        Assert.Empty(disk.Asked);

        Assert.True(files.FileExists(Path.Combine(_root, "app", "Dockerfile")));
        Assert.Equal("FROM alpine\n", files.ReadAllText(Path.Combine(_root, "app", "Dockerfile")));
        // Listed as ".EditorConfig": only the disk can say whether ".editorconfig" is the same file.
        files.FileExists(Path.Combine(_root, "app", ".editorconfig"));
        Assert.Equal(
            [
                $"FileExists {Path.Combine(_root, "app", "Dockerfile")}",
                $"ReadAllText {Path.Combine(_root, "app", "Dockerfile")}",
                $"FileExists {Path.Combine(_root, "app", ".editorconfig")}",
            ],
            disk.Asked);
    }

    [Fact]
    public void A_listed_folder_s_files_come_from_the_listing_and_an_unlisted_one_s_from_the_disk()
    {
        var listings = Listed();
        var disk = new CountingDisk();
        var files = new ListedFileSystem(disk, listings);
        var app = Path.Combine(_root, "app");

        Assert.Equal(
            [Path.Combine(app, ".EditorConfig"), Path.Combine(app, "Dockerfile")],
            files.EnumerateFiles(app).OrderBy(f => f, StringComparer.Ordinal));
        Assert.Empty(files.EnumerateFiles(Path.Combine(app, "src")));
        Assert.Empty(disk.Asked);

        Assert.Empty(files.EnumerateFiles(Path.Combine(Path.GetDirectoryName(_root)!, "redfire-listings-elsewhere")));
        Assert.Single(disk.Asked);
    }

    /// <summary>The real disk, recording what it is asked.</summary>
    private sealed class CountingDisk : IFileSystem
    {
        public List<string> Asked { get; } = [];

        private T Ask<T>(string what, string path, Func<T> answer)
        {
            Asked.Add($"{what} {path}");
            return answer();
        }

        public bool FileExists(string path) => Ask(nameof(FileExists), path, () => PhysicalFileSystem.Instance.FileExists(path));

        public bool DirectoryExists(string path) => Ask(nameof(DirectoryExists), path, () => PhysicalFileSystem.Instance.DirectoryExists(path));

        public string? ReadAllText(string path) => Ask(nameof(ReadAllText), path, () => PhysicalFileSystem.Instance.ReadAllText(path));

        public NotLinted? WhyNotReadable(string path) => Ask(nameof(WhyNotReadable), path, () => PhysicalFileSystem.Instance.WhyNotReadable(path));

        public string RealPath(string path) => Ask(nameof(RealPath), path, () => PhysicalFileSystem.Instance.RealPath(path));

        public bool IsSymbolicLink(string path) => Ask(nameof(IsSymbolicLink), path, () => PhysicalFileSystem.Instance.IsSymbolicLink(path));

        public IEnumerable<string> EnumerateFiles(string directory) => Ask(nameof(EnumerateFiles), directory, () => PhysicalFileSystem.Instance.EnumerateFiles(directory));
    }
}
