using System.Collections.Generic;
using System.IO;
using System.Text;
using RedFire.Lint.Sources;

namespace RedFire.Lint.Engine;

/// <summary>
/// The file access loaders may use, so tests can lint in-memory trees and the analyzer can lint
/// AdditionalFiles. Paths are absolute (or, in memory, rooted at "/").
/// </summary>
public interface IFileSystem
{
    bool FileExists(string path);

    bool DirectoryExists(string path);

    /// <summary>The file's text, or null when it does not exist or cannot or must not be read (<see cref="WhyNotReadable"/>).</summary>
    string? ReadAllText(string path);

    /// <summary>
    /// Why a file must not be read (it does not exist, is not a regular file, is over <see cref="SourceFile.MaxBytes"/>),
    /// completing "… was not read: …"; null when it may be.
    /// </summary>
    NotLinted? WhyNotReadable(string path);

    /// <summary>The absolute path with symbolic links resolved, to tell where a file really is.</summary>
    string RealPath(string path);

    /// <summary>Whether the path itself (not a folder above it) is a symbolic link.</summary>
    bool IsSymbolicLink(string path);

    IEnumerable<string> EnumerateFiles(string directory);
}

/// <summary>The real disk: only regular files are read, and at most <see cref="SourceFile.MaxBytes"/> of each.</summary>
public sealed class PhysicalFileSystem : IFileSystem
{
    public static PhysicalFileSystem Instance { get; } = new();

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public bool FileExists(string path) => File.Exists(path);

    public bool DirectoryExists(string path) => Directory.Exists(path);

    public string? ReadAllText(string path)
    {
        var text = DiskFile.Read(path, content => Utf8.GetString(content.Array!, content.Offset, content.Count), out _);
        return text is { Length: > 0 } && text[0] == '\uFEFF' ? text.Substring(1) : text;
    }

    public NotLinted? WhyNotReadable(string path) => DiskFile.WhyNotReadable(path);

    public string RealPath(string path) => UnixFiles.RealPath(path);

    public bool IsSymbolicLink(string path) => UnixFiles.IsSymbolicLink(path);

    public IEnumerable<string> EnumerateFiles(string directory) =>
        Directory.Exists(directory) ? Directory.EnumerateFiles(directory) : [];
}
