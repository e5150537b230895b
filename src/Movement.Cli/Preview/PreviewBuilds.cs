using System.Diagnostics;
using System.Globalization;
using Movement.Cli.Commands;
using Movement.Core.Diagnostics;
using Movement.Core.IO;
using Movement.Site.Building;
using Movement.Site.Images;
using Movement.Theme.Rendering;

namespace Movement.Cli.Preview;

/// <summary>
/// Rebuilds the site for each batch of changes, one at a time: a good build replaces the served files and
/// reloads the pages; a failed one leaves the last good files served and puts its errors over the pages.
/// </summary>
public sealed class PreviewBuilds : IDisposable
{
    private readonly PreviewSettings _settings;
    private readonly string _baseUrl;
    private readonly IClock _clock;
    private readonly ServedSite _site;
    private readonly BuildEvents _events;
    private readonly BuildSummary _summary;
    private readonly TextWriter _output;
    private readonly IdleCollector _collector;
    private RazorThemeRenderer _theme;
    private SiteSession _session;

    public PreviewBuilds(PreviewSettings settings, string baseUrl, IClock clock, ServedSite site, BuildEvents events, TextWriter output, TextWriter error)
    {
        _settings = settings;
        _baseUrl = baseUrl;
        _clock = clock;
        _site = site;
        _events = events;
        _output = output;
        _summary = new BuildSummary(output, error, settings.Input);
        (_theme, _session) = NewSession();
        _collector = new IdleCollector(TimeSpan.FromMilliseconds(50), () => _session.SweepAsync());
    }

    /// <summary>Builds the site again and sends the result to open pages.</summary>
    /// <param name="superseded">
    /// Comes true if the input changes again soon after the build starts (an editor's save is several steps): the build
    /// is stopped, or its result dropped, since it may have read a file half saved.
    /// </param>
    /// <returns>False when the build was superseded and nothing was sent.</returns>
    public async Task<bool> RebuildAsync(ChangeBatch changes, Task<bool> superseded, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        _collector.RebuildStarting();
        try
        {
            return await RebuildAndReportAsync(changes, superseded, watch, cancellationToken);
        }
        finally
        {
            _collector.RebuildFinished();
        }
    }

    /// <summary>Builds the site again and sends the result to open pages, whatever changes meanwhile.</summary>
    public Task RebuildAsync(ChangeBatch changes, CancellationToken cancellationToken) =>
        RebuildAsync(changes, Task.FromResult(false), cancellationToken);

    private async Task<bool> RebuildAndReportAsync(ChangeBatch changes, Task<bool> superseded, Stopwatch watch, CancellationToken cancellationToken)
    {
        if (changes.Theme)
        {
            // The theme's files are read once per renderer: a new renderer reads the edited ones, and a new session forgets pages made with the old.
            _theme.Dispose();
            (_theme, _session) = NewSession();
        }

        BuildReport report;
        using (var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var stopping = StopWhenAsync(superseded, stop);
            try
            {
                report = await _session.RebuildAsync(changes.Theme ? null : changes.Paths, stop.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                report = new BuildReport([], [], false, [], 0); // Superseded: dropped below.
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Never the content's fault, and the preview must keep serving: show it like any other error.
                report = new BuildReport([Diagnostic.Error(DiagnosticCodes.InternalError, new SourceLocation("(preview)"), $"Movement failed while rebuilding: {e.Message}", "Please report this; restarting the preview reads everything again.")], [], false, [], 0);
            }

            await stopping;
        }

        if (await superseded)
        {
            return false;
        }

        var milliseconds = watch.Elapsed.TotalMilliseconds;
        var diagnostics = report.Diagnostics.Select(_summary.Locate).ToList();
        _summary.WriteDiagnostics(report.Diagnostics);
        var after = changes.Paths is null && !changes.Theme ? "" : $" after {changes}";
        var time = milliseconds.ToString("0", CultureInfo.InvariantCulture);
        if (!report.Succeeded)
        {
            var kept = _site.Current.Build;
            _events.Failed(EventMessages.ForErrors(diagnostics, kept, milliseconds));
            _output.WriteLine($"Build{after} failed with {report.ErrorCount} error{(report.ErrorCount == 1 ? "" : "s")} in {time} ms; {(kept == 0 ? "nothing to serve yet" : $"still serving build {kept}")}.");
            return true;
        }

        var next = new SiteSnapshot(report.Files, _site.Current.Build + 1, _site.Current);
        _site.Replace(next);
        _events.Succeeded(next.Build, milliseconds);
        _output.WriteLine($"Build {next.Build}{after}: {report.PageCount} pages ({report.Files.Count} files) in {time} ms.");
        return true;
    }

    private static async Task StopWhenAsync(Task<bool> superseded, CancellationTokenSource stop)
    {
        if (await superseded)
        {
            await stop.CancelAsync();
        }
    }

    private (RazorThemeRenderer, SiteSession) NewSession()
    {
        var theme = new RazorThemeRenderer(_settings.ThemeAssets);
        var options = new BuildOptions(new PhysicalFileSystem(_settings.Input), null, _clock, theme)
        {
            IncludeDrafts = _settings.Drafts,
            BaseUrl = _baseUrl,
            Pictures = new MemoryPictureStore(),
        };
        return (theme, new SiteSession(options));
    }

    public void Dispose() => _theme.Dispose();
}
