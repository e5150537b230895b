using System.Runtime.InteropServices;

namespace Movement.Core.IO;

/// <summary>
/// A second name for an existing file, where the system and the disk allow one (not across disks, not on every
/// file system). .NET has symbolic links but no hard links, so this asks the system directly; any refusal just
/// means the caller writes the bytes itself.
/// </summary>
internal static partial class HardLink
{
    public static bool TryCreate(string existing, string link)
    {
        try
        {
            return OperatingSystem.IsWindows() ? CreateHardLinkW(link, existing, IntPtr.Zero) : UnixLink(existing, link) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int UnixLink(string existing, string link);

    [LibraryImport("kernel32", EntryPoint = "CreateHardLinkW", StringMarshalling = StringMarshalling.Utf16)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool CreateHardLinkW(string link, string existing, IntPtr reserved);
}
