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
    public static NotLinted? WhyNotReadable(string fullPath) => WhyNotReadable(fullPath, out _);

    /// <param name="size">The size the file claims, when it may be read.</param>
    private static NotLinted? WhyNotReadable(string fullPath, out long size)
    {
        switch (UnixFiles.Kind(fullPath, out size))
        {
            case UnixFiles.Node.Missing: return NotLinted.Missing;
            case UnixFiles.Node.Directory: return NotLinted.Directory;
            case UnixFiles.Node.Special: return NotLinted.Special;
        }
        // The same call told the size (thousands of files are read): asked again only where it could not.
        if (size >= 0) return size > SourceFile.MaxBytes ? NotLinted.TooLarge(size) : null;
        try
        {
            size = new FileInfo(fullPath).Length;
            return size > SourceFile.MaxBytes ? NotLinted.TooLarge(size) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return NotLinted.CouldNotRead;
        }
    }

    // Most files are a few kilobytes and are decoded as soon as they are read: a thread reads them into one buffer, kept
    // only up to this size so that a long-lived host (the compiler server, an MSBuild node) holds little per thread.
    private const int KeptBufferBytes = 64 * 1024;

    [ThreadStatic] private static byte[]? _keptBuffer;

    /// <summary>
    /// The file's bytes, given to <paramref name="decode"/> (valid only during that call: the buffer is reused), or null with
    /// the reason in <paramref name="problem"/>.
    /// </summary>
    public static T? Read<T>(string fullPath, Func<ArraySegment<byte>, T> decode, out NotLinted? problem) where T : class
    {
        problem = WhyNotReadable(fullPath, out var size);
        if (problem is not null) return null;
        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
            // One buffer sized to what the file claimed a moment ago, plus a byte to notice a file that holds more (read to
            // its end, within the limit): a growing copy of each of thousands of small files was a third of a run's allocation.
            var claimed = (int)Math.Min(size, SourceFile.MaxBytes) + 1;
            var buffer = claimed <= KeptBufferBytes ? _keptBuffer ??= new byte[KeptBufferBytes] : new byte[claimed];
            var length = 0;
            int read;
            while ((read = stream.Read(buffer, length, Math.Min(buffer.Length, claimed) - length)) > 0)
            {
                length += read;
                if (length < claimed) continue;
                if (length > SourceFile.MaxBytes)
                {
                    problem = NotLinted.TooLarge(null);
                    return null;
                }
                claimed = (int)Math.Min(2L * claimed, SourceFile.MaxBytes + 1L);
                if (claimed > buffer.Length) Array.Resize(ref buffer, claimed);
            }
            return decode(new ArraySegment<byte>(buffer, 0, length));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = NotLinted.CouldNotRead;
            return null;
        }
    }
}
