using System.Runtime.InteropServices;

namespace Movement.Core.IO;

/// <summary>
/// Writes a finished site to a folder such as <c>_site</c>, double-buffered: the generation before it is
/// kept as a hidden spare folder beside it (<c>._site.spare</c>). A build brings the spare up to date,
/// writing only the files whose bytes differ and deleting those no longer produced, then exchanges it
/// with the target in one atomic step. A reader (or a crash at any moment) only ever sees the previous
/// complete site or the new complete one, and an unchanged rebuild writes nothing. A build opened with
/// <see cref="Begin"/> writes the files it stages into the spare while it goes on (<see cref="SpareBuild"/>).
/// </summary>
public sealed class DirectoryOutput : ISiteOutput
{
    private const string SpareSuffix = ".spare";
    private const string LockSuffix = ".lock";
    private const string ManifestSuffix = ".manifest";
    private const string OldStagingMarker = ".staging-";
    private readonly string _target;

    public DirectoryOutput(string target)
    {
        _target = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
    }

    public string Target => _target;

    /// <summary>The hidden folder beside the target that holds the generation before it.</summary>
    public string Spare => Path.Combine(Path.GetDirectoryName(_target)!, "." + Path.GetFileName(_target) + SpareSuffix);

    /// <summary>What the spare was recorded to hold (<see cref="OutputManifest"/>); the target's record is beside it.</summary>
    public string SpareManifest => Spare + ManifestSuffix;

    private string TargetManifest => Path.Combine(Path.GetDirectoryName(_target)!, "." + Path.GetFileName(_target) + ManifestSuffix);

    public async Task CommitAsync(IReadOnlyList<OutputFile> files, CancellationToken cancellationToken)
    {
        await using var build = Begin(cancellationToken);
        await build.CommitAsync(files, cancellationToken);
    }

    public IOutputBuild Begin(CancellationToken cancellationToken) => new SpareBuild(this, cancellationToken);

    /// <summary>Two builds into one folder would update the same spare: the second waits. The lock goes with the process.</summary>
    internal Task<FileStream> LockSpareAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_target) ?? throw new InvalidOperationException("The output folder has no parent."));
        return LockAsync(Spare + LockSuffix, cancellationToken);
    }

    /// <param name="manifest">What the spare holds now, the new site once exchanged.</param>
    internal void SwapIn(OutputManifest manifest)
    {
        var hadTarget = Directory.Exists(_target);
        Exchange(hadTarget);

        // The records follow their folders. A crash before this leaves a record that names other files' times,
        // which only makes the next build compare those files' bytes.
        if (hadTarget && File.Exists(TargetManifest))
        {
            File.Move(TargetManifest, SpareManifest, overwrite: true);
        }
        else
        {
            File.Delete(SpareManifest);
        }

        manifest.Save(TargetManifest);
    }

    private void Exchange(bool hadTarget)
    {
        if (!hadTarget)
        {
            Directory.Move(Spare, _target);
            return;
        }

        if (OperatingSystem.IsLinux() && RenameExchange(Spare, _target))
        {
            return; // The spare now holds the previous site, ready for the next build.
        }

        // Elsewhere there is no atomic exchange: keep the window between the two moves as short as we can.
        var previous = Spare + "-previous";
        Directory.Move(_target, previous);
        Directory.Move(Spare, _target);
        Directory.Move(previous, Spare);
    }

    private static async Task<FileStream> LockAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(50, cancellationToken);
            }
        }
    }

    /// <summary>Earlier versions staged each build in a folder of its own; one killed half-way left it behind.</summary>
    internal void RemoveAbandonedStaging()
    {
        var parent = Path.GetDirectoryName(_target)!;
        var prefix = "." + Path.GetFileName(_target) + OldStagingMarker;
        foreach (var folder in Directory.EnumerateDirectories(parent, prefix + "*"))
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a later build tries again.
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
