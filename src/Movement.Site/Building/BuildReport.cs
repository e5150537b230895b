using Movement.Core.Diagnostics;
using Movement.Core.IO;
using Movement.Core.Pipelines;

namespace Movement.Site.Building;

/// <summary>The outcome of a build: diagnostics, the files produced, whether they were written, and timings.</summary>
public sealed record BuildReport(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<OutputFile> Files,
    bool Committed,
    IReadOnlyList<PipelineTiming> Timings,
    double TotalMilliseconds)
{
    /// <summary>Items held back until their date, soonest first.</summary>
    public IReadOnlyList<ScheduledItem> Scheduled { get; init; } = [];

    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);

    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);

    public int PageCount => Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
}
