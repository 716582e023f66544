using System;
using System.IO;

namespace RedFire.Lint.Sources;

/// <summary>
/// Reads a file from disk without letting it hang or exhaust the process: only regular files (a FIFO blocks
/// forever, /dev/zero never ends), never more than <see cref="SourceFile.MaxBytes"/> of it, whatever size it
/// claims (a sparse file claims gigabytes, /proc files claim none).
/// </summary>
internal static class DiskFile
{
    /// <summary>Why the file at <paramref name="fullPath"/> must not be read; null when it may be.</summary>
    public static NotLinted? WhyNotReadable(string fullPath)
    {
        switch (UnixFiles.Kind(fullPath))
        {
            case UnixFiles.Node.Missing: return NotLinted.Missing;
            case UnixFiles.Node.Directory: return NotLinted.Directory;
            case UnixFiles.Node.Special: return NotLinted.Special;
        }
        try
        {
            var length = new FileInfo(fullPath).Length;
            return length > SourceFile.MaxBytes ? NotLinted.TooLarge(length) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return NotLinted.CouldNotRead;
        }
    }

    /// <summary>The file's bytes, or null with the reason in <paramref name="problem"/>.</summary>
    public static byte[]? Read(string fullPath, out NotLinted? problem)
    {
        problem = WhyNotReadable(fullPath);
        if (problem is not null) return null;
        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            // Buffers sized to what the file claims, within bounds: an 80 KB chunk and a growing copy for each of
            // thousands of small files was a third of a corpus run's allocation. A file holding more than it claims is
            // still read to its end.
            var claimed = (int)Math.Min(stream.Length, SourceFile.MaxBytes);
            using var content = new MemoryStream(claimed);
            var chunk = new byte[Math.Min(Math.Max(claimed + 1, 4096), 81920)];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                content.Write(chunk, 0, read);
                if (content.Length > SourceFile.MaxBytes)
                {
                    problem = NotLinted.TooLarge(null);
                    return null;
                }
            }
            return content.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = NotLinted.CouldNotRead;
            return null;
        }
    }
}
