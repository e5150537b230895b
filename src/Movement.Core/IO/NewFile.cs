using Microsoft.Win32.SafeHandles;

namespace Movement.Core.IO;

/// <summary>
/// Files the build writes are created where none is, never opened with truncation: .NET truncates an opened file to
/// nothing even when it has just made it, and on ext4 a truncation to nothing has the file's data written out to
/// disk as it is closed, in case it is a file being replaced (the auto_da_alloc option). For a new folder of
/// 4,000 pages that was a flush for every one of 12,000 files.
/// </summary>
public static class NewFile
{
    /// <summary>Creates the file for writing; one someone made there meanwhile is deleted and replaced.</summary>
    public static SafeFileHandle Create(string path)
    {
        try
        {
            return File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(path);
            return File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
    }

    /// <summary>Creates the file with these bytes.</summary>
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        using var handle = Create(path);
        RandomAccess.Write(handle, bytes, fileOffset: 0);
    }
}
