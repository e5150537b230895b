using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Movement.Core.IO;

namespace Movement.Cli.Preview;

/// <summary>
/// Watches the input folder (and the theme's static files, when the preview runs from a source checkout) and
/// hands out batches of changes: the first as soon as something changes, then whatever changed since the caller
/// last asked (an editor saves a file in several steps, so the caller checks for more before using what it built).
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly Channel<Change> _changes = Channel.CreateUnbounded<Change>();
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly string _input;

    /// <param name="input">The input folder.</param>
    /// <param name="themeAssets">The theme's wwwroot folder, or null when the theme is the built-in copy.</param>
    public ChangeWatcher(string input, string? themeAssets)
    {
        _input = Path.GetFullPath(input);
        Watch(_input, theme: false);
        if (themeAssets is not null)
        {
            Watch(Path.GetFullPath(themeAssets), theme: true);
        }
    }

    /// <summary>Each next batch of changes, as soon as there is one.</summary>
    public async IAsyncEnumerable<ChangeBatch> BatchesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await _changes.Reader.WaitToReadAsync(cancellationToken))
        {
            if (Take() is { } batch)
            {
                yield return batch;
            }
        }
    }

    /// <summary>What changed since the last batch was handed out, without waiting; null when nothing did.</summary>
    public ChangeBatch? Take()
    {
        var batch = new Gathered();
        ReadInto(batch);
        return batch.ToBatch(this);
    }

    /// <summary>What changed since the last batch, once nothing has changed for <paramref name="quiet"/>; null when nothing did.</summary>
    public async Task<ChangeBatch?> TakeWhenQuietAsync(TimeSpan quiet, CancellationToken cancellationToken)
    {
        var batch = new Gathered();
        do
        {
            ReadInto(batch);
        }
        while (await ChangesWithinAsync(quiet, cancellationToken));

        return batch.ToBatch(this);
    }

    /// <summary>Whether a change is waiting, or comes within <paramref name="time"/>; it stays for the next batch.</summary>
    public async Task<bool> ChangesWithinAsync(TimeSpan time, CancellationToken cancellationToken)
    {
        if (time <= TimeSpan.Zero)
        {
            return _changes.Reader.TryPeek(out _);
        }

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(time);
        try
        {
            return await _changes.Reader.WaitToReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private void ReadInto(Gathered batch)
    {
        while (_changes.Reader.TryRead(out var change))
        {
            batch.Add(change);
        }
    }

    /// <summary>The theme's code changed under the running preview (hot reload): render everything again.</summary>
    public void ThemeCodeChanged() => _changes.Writer.TryWrite(new Change(null, Theme: true));

    /// <summary>A folder moved or copied in arrives as one event; the files inside it changed too.</summary>
    private List<string> WithFilesOfNewFolders(IEnumerable<string> paths) => paths
        .SelectMany(path =>
        {
            var full = Path.Combine(_input, path);
            if (!Directory.Exists(full) || new DirectoryInfo(full).LinkTarget is not null)
            {
                return new[] { path }; // A linked folder is never read (the build reports it), so nothing under it is listed.
            }

            // Listed as the build lists input: links inside are named, never followed.
            var inside = new PhysicalFileSystem(full);
            return [path, .. inside.ListFiles().Concat(inside.ListRefusedFiles().Select(l => l.Path)).Select(f => path + "/" + f).Where(f => !EditorFiles.IsScratch(f))];
        })
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList();

    private void Watch(string folder, bool theme)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += (_, e) => Add(folder, e.FullPath, theme);
        watcher.Created += (_, e) => Add(folder, e.FullPath, theme);
        watcher.Deleted += (_, e) => Add(folder, e.FullPath, theme);
        watcher.Renamed += (_, e) =>
        {
            Add(folder, e.OldFullPath, theme);
            Add(folder, e.FullPath, theme);
        };
        // Events were lost (too many at once): the next build reads everything again.
        watcher.Error += (_, _) => _changes.Writer.TryWrite(new Change(null, theme));
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void Add(string folder, string fullPath, bool theme)
    {
        var relative = Path.GetRelativePath(folder, fullPath).Replace('\\', '/');
        if (relative == "." || relative.StartsWith("../", StringComparison.Ordinal) || EditorFiles.IsScratch(relative))
        {
            return;
        }

        _changes.Writer.TryWrite(new Change(relative, theme));
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _changes.Writer.TryComplete();
    }

    /// <param name="Path">Relative to its folder; null when events were lost.</param>
    private sealed record Change(string? Path, bool Theme);

    /// <summary>The changes read so far for one batch.</summary>
    private sealed class Gathered
    {
        private readonly SortedSet<string> _paths = new(StringComparer.Ordinal);
        private bool _theme;
        private bool _unknown;

        public void Add(Change change)
        {
            _theme |= change.Theme;
            _unknown |= change.Path is null && !change.Theme;
            if (change.Path is not null && !change.Theme)
            {
                _paths.Add(change.Path);
            }
        }

        public ChangeBatch? ToBatch(ChangeWatcher watcher) =>
            _theme || _unknown || _paths.Count > 0 ? new ChangeBatch(_unknown ? null : watcher.WithFilesOfNewFolders(_paths), _theme) : null;
    }
}
