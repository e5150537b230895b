using System.Globalization;
using Movement.Core.Diagnostics;
using Movement.Core.Pipelines;
using Movement.Site.Building;

namespace Movement.Cli.Commands;

/// <summary>
/// Prints a build's diagnostics (to the error stream, paths as the user typed them so editors can jump to
/// them), then one summary line; the documents and milliseconds per pipeline only when asked for.
/// </summary>
public sealed class BuildSummary(TextWriter output, TextWriter error, string inputFolder)
{
    /// <summary>Whether to print the table of pipelines and phases (--timings): a developer's figure, not an author's.</summary>
    public bool ShowTimings { get; init; }

    private string Prefix => inputFolder.TrimEnd('/', '\\') + "/";

    public void Write(BuildReport report, string? target)
    {
        WriteDiagnostics(report.Diagnostics);
        if (ShowTimings)
        {
            WriteTimings(report.Timings);
        }

        foreach (var item in report.Scheduled)
        {
            output.WriteLine($"Scheduled: {Prefix}{item.Source} will appear at {item.Url} on {item.Date:yyyy-MM-dd} (the first build on or after that date, UK time).");
        }

        var counts = $"{report.ErrorCount} error{Plural(report.ErrorCount)}, {report.WarningCount} warning{Plural(report.WarningCount)}";
        var milliseconds = report.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        if (!report.Succeeded)
        {
            error.WriteLine($"Build failed with {counts}.{(target is null ? "" : $" Nothing was written: {target}/ is unchanged.")}");
            return;
        }

        output.WriteLine(target is null
            ? $"Checked {report.PageCount} pages ({report.Files.Count} files) in {milliseconds} ms: {counts}."
            : $"Built {report.PageCount} pages ({report.Files.Count} files) into {target}/ in {milliseconds} ms: {counts}.");
    }

    public void WriteDiagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(Locate(diagnostic).ToString());
        }
    }

    /// <summary>The diagnostic with its path as the user typed the input folder ("input/briefs/x.md").</summary>
    public Diagnostic Locate(Diagnostic diagnostic)
    {
        var path = diagnostic.Location.Path;
        return diagnostic with { Location = diagnostic.Location with { Path = path.StartsWith('(') ? path : Prefix + path } };
    }

    private void WriteTimings(IReadOnlyList<PipelineTiming> timings)
    {
        var phases = Enum.GetValues<Phase>();
        output.WriteLine($"{"Pipeline",-16}{"Docs",6}" + string.Concat(phases.Select(p => $"{p,13}")) + $"{"Total ms",10}");
        foreach (var timing in timings)
        {
            output.WriteLine($"{timing.Pipeline,-16}{timing.Documents,6}" +
                string.Concat(phases.Select(p => timing.Milliseconds[p].ToString("0", CultureInfo.InvariantCulture).PadLeft(13))) +
                timing.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture).PadLeft(10));
        }
    }

    private static string Plural(int count) => count == 1 ? "" : "s";
}
