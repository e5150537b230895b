using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Movement.Core.IO;

namespace Movement.Cli.Preview;

/// <summary>
/// Watches the input folder (and the theme's static files, when the preview runs from a source checkout) and
/// hands out batches of changes: an editor saves a file in several steps, so a batch closes only after a short
/// quiet spell. Changes made while the caller rebuilds wait in the queue and form the next batch.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly Channel<Change> _changes = Channel.CreateUnbounded<Change>();
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly string _input;
    private readonly TimeSpan _quiet;

    /// <param name="input">The input folder.</param>
    /// <param name="themeAssets">The theme's wwwroot folder, or null when the theme is the built-in copy.</param>
    /// <param name="quiet">How long nothing must change before a batch closes.</param>
    public ChangeWatcher(string input, string? themeAssets, TimeSpan quiet)
    {
        _input = Path.GetFullPath(input);
        _quiet = quiet;
        Watch(_input, theme: false);
        if (themeAssets is not null)
        {
            Watch(Path.GetFullPath(themeAssets), theme: true);
        }
    }

    /// <summary>The batches of changes, one at a time, as the caller asks for them.</summary>
    public async IAsyncEnumerable<ChangeBatch> BatchesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = _changes.Reader;
        while (await reader.WaitToReadAsync(cancellationToken))
        {
            var paths = new SortedSet<string>(StringComparer.Ordinal);
            var theme = false;
            var unknown = false;
            do
            {
                while (reader.TryRead(out var change))
                {
                    theme |= change.Theme;
                    unknown |= change.Path is null && !change.Theme;
                    if (change.Path is not null && !change.Theme)
                    {
                        paths.Add(change.Path);
                    }
                }
            }
            while (await MoreWithinAsync(reader, cancellationToken));

            if (theme || unknown || paths.Count > 0)
            {
                yield return new ChangeBatch(unknown ? null : WithFilesOfNewFolders(paths), theme);
            }
        }
    }

    /// <summary>The theme's code changed under the running preview (hot reload): render everything again.</summary>
    public void ThemeCodeChanged() => _changes.Writer.TryWrite(new Change(null, Theme: true));

    private async Task<bool> MoreWithinAsync(ChannelReader<Change> reader, CancellationToken cancellationToken)
    {
        using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        quiet.CancelAfter(_quiet);
        try
        {
            return await reader.WaitToReadAsync(quiet.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

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
}
