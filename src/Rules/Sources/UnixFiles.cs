using System;
using System.Runtime.InteropServices;
using System.Text;

namespace RedFire.Lint.Sources;

/// <summary>
/// What netstandard2.0 cannot ask the disk: whether a path is a regular file (a FIFO or a device looks like an
/// empty file to <see cref="System.IO.FileInfo"/>, and opening a FIFO blocks forever) and where its symbolic links
/// lead. Asked of the .NET runtime's own native shim (System.Native, on Linux and macOS), whose status struct
/// starts with its flags and mode; elsewhere (.NET Framework on Windows, which has neither FIFOs nor devices in
/// the tree) the answers fall back to "regular" and "the path itself".
/// </summary>
internal static class UnixFiles
{
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;
    private const int SymbolicLinkType = 0xA000;

    private static bool _unavailable;

    public enum Node
    {
        Missing,
        Regular,
        Directory,
        /// <summary>A FIFO, a character or block device, a socket.</summary>
        Special,
    }

    /// <summary>What the path is once symbolic links are followed, and the size it claims (-1 when it cannot be asked here): one call.</summary>
    public static Node Kind(string path, out long size)
    {
        size = -1;
        // The native call would stop at a NUL and ask about a shorter path; no file has one in its name.
        if (path.IndexOf('\0') >= 0) return Node.Missing;
        if (!_unavailable)
        {
            try
            {
                if (Stat(path, out var status) != 0) return Node.Missing;
                size = status.Size;
                return (status.Mode & TypeMask) switch
                {
                    RegularType => Node.Regular,
                    DirectoryType => Node.Directory,
                    _ => Node.Special,
                };
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                _unavailable = true;
            }
        }
        return System.IO.Directory.Exists(path) ? Node.Directory : System.IO.File.Exists(path) ? Node.Regular : Node.Missing;
    }

    /// <summary>Whether the path itself is a symbolic link (false when it does not exist or cannot be asked).</summary>
    public static bool IsSymbolicLink(string path)
    {
        if (_unavailable) return false;
        try
        {
            return LStat(path, out var status) == 0 && (status.Mode & TypeMask) == SymbolicLinkType;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
            return false;
        }
    }

    /// <summary>The absolute path with every symbolic link resolved; the path itself when it does not exist or links cannot be resolved.</summary>
    public static string RealPath(string path)
    {
        if (_unavailable) return path;
        try
        {
            var resolved = NativeRealPath(path);
            if (resolved == IntPtr.Zero) return path;
            try
            {
                var length = 0;
                while (Marshal.ReadByte(resolved, length) != 0) length++;
                var bytes = new byte[length];
                Marshal.Copy(resolved, bytes, 0, length);
                return Encoding.UTF8.GetString(bytes);
            }
            finally
            {
                Free(resolved);
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
            return path;
        }
    }

    /// <summary>The first fields of System.Native's FileStatus (pal_io.h); sized well past the whole struct, which the call fills.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
        public uint Uid;
        public uint Gid;
        public long Size;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern int Stat(string path, out FileStatus status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern int LStat(string path, out FileStatus status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_RealPath", CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern IntPtr NativeRealPath(string path);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Free")]
    private static extern void Free(IntPtr pointer);
}
