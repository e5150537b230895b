using System.CommandLine;
using Movement.Core.IO;
using Movement.Site.Building;
using Movement.Site.Images;
using Movement.Theme.Rendering;

namespace Movement.Cli.Commands;

/// <summary>What build and check share: read the options, build, print the summary, choose the exit code.</summary>
public static class SiteRun
{
    /// <param name="target">The output folder, or null to write nothing (check).</param>
    public static async Task<int> RunAsync(ParseResult result, SharedOptions shared, string? target, TextWriter output, TextWriter error, IClock clock, CancellationToken cancellationToken)
    {
        var input = result.GetValue(shared.Input)!;
        if (InputFolder.Problem(input, target) is { } problem)
        {
            await error.WriteLineAsync(problem);
            return 1;
        }

        using var theme = new RazorThemeRenderer();
        // Every pipeline lists the input and checks may look a file up again: one build lists and reads the disk once.
        var options = new BuildOptions(new SnapshotFileSystem(new PhysicalFileSystem(input)), target is null ? null : new DirectoryOutput(target), clock, theme)
        {
            IncludeDrafts = result.GetValue(shared.Drafts),
            BaseUrl = result.GetValue(shared.BaseUrl),
            Pictures = target is null ? null : FolderPictureStore.BesideOutput(target),
        };
        var report = await SiteBuilder.BuildAsync(options, cancellationToken);
        new BuildSummary(output, error, input) { ShowTimings = result.GetValue(shared.Timings) }.Write(report, target);
        return report.Succeeded ? 0 : 1;
    }
}
