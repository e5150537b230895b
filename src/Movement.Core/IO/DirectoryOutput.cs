using System.Runtime.InteropServices;

namespace Movement.Core.IO;

/// <summary>
/// Writes a finished site to a folder such as <c>_site</c>. The files go to a staging folder beside it,
/// which then takes the old folder's place in one atomic step, so a reader (or a crash) only ever sees
/// the previous complete site or the new complete one.
/// </summary>
public sealed class DirectoryOutput : ISiteOutput
{
    private const string StagingMarker = ".staging-";
    private readonly string _target;

    public DirectoryOutput(string target)
    {
        _target = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
    }

    public string Target => _target;

    public async Task CommitAsync(IReadOnlyList<OutputFile> files, CancellationToken cancellationToken)
    {
        var parent = Path.GetDirectoryName(_target) ?? throw new InvalidOperationException("The output folder has no parent.");
        Directory.CreateDirectory(parent);
        RemoveAbandonedStaging(parent);

        var staging = Path.Combine(parent, "." + Path.GetFileName(_target) + StagingMarker + Environment.ProcessId);
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        await WriteAllAsync(staging, files, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        SwapIn(staging);
    }

    private static async Task WriteAllAsync(string root, IReadOnlyList<OutputFile> files, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(root);
        var created = new HashSet<string>(StringComparer.Ordinal) { root };
        foreach (var file in files)
        {
            var full = Path.Combine(root, file.Path);
            var directory = Path.GetDirectoryName(full)!;
            if (created.Add(directory))
            {
                Directory.CreateDirectory(directory);
            }

            await File.WriteAllBytesAsync(full, file.Content, cancellationToken);
        }
    }

    private void SwapIn(string staging)
    {
        if (!Directory.Exists(_target))
        {
            Directory.Move(staging, _target);
            return;
        }

        if (OperatingSystem.IsLinux() && RenameExchange(staging, _target))
        {
            // The staging path now holds the previous site.
            Directory.Delete(staging, recursive: true);
            return;
        }

        // Elsewhere there is no atomic exchange: keep the window between the two moves as short as we can.
        var previous = staging + "-previous";
        Directory.Move(_target, previous);
        Directory.Move(staging, _target);
        Directory.Delete(previous, recursive: true);
    }

    /// <summary>A build killed half-way leaves its staging folder behind; the target was never touched.</summary>
    private void RemoveAbandonedStaging(string parent)
    {
        var prefix = "." + Path.GetFileName(_target) + StagingMarker;
        foreach (var folder in Directory.EnumerateDirectories(parent, prefix + "*"))
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Another build may be using it; it will be removed by a later build.
            }
        }
    }

    private static bool RenameExchange(string from, string to)
    {
        const int CurrentDirectory = -100; // AT_FDCWD
        const uint Exchange = 2; // RENAME_EXCHANGE
        try
        {
            return NativeMethods.renameat2(CurrentDirectory, from, CurrentDirectory, to, Exchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true)]
#pragma warning disable SYSLIB1054 // A plain DllImport keeps the project free of unsafe code.
        internal static extern int renameat2(int olddirfd, string oldpath, int newdirfd, string newpath, uint flags);
#pragma warning restore SYSLIB1054
    }
}
