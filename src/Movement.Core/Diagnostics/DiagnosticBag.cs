using System.Collections.Concurrent;

namespace Movement.Core.Diagnostics;

/// <summary>Collects diagnostics from pipelines running in parallel and lists them in a stable order.</summary>
public sealed class DiagnosticBag : IDiagnostics
{
    // Each diagnostic with the earliest stage (build phase) that reported it.
    private readonly ConcurrentDictionary<Diagnostic, int> _items = new();

    public void Report(Diagnostic diagnostic) => Report(diagnostic, 0);

    public void Report(Diagnostic diagnostic, int stage) =>
        _items.AddOrUpdate(diagnostic, stage, (_, earlier) => Math.Min(earlier, stage));

    /// <summary>A view that reports at one stage: what a later stage finds is often a consequence of an earlier one.</summary>
    public IDiagnostics AtStage(int stage) => new StagedDiagnostics(this, stage);

    public bool HasErrors => _items.Keys.Any(d => d.Severity == Severity.Error);

    /// <summary>
    /// Sorted by stage, so that causes (a file that cannot be read) come before their consequences (links to
    /// it), then by file, line, column and code, so that the same input always prints the same report.
    /// </summary>
    public IReadOnlyList<Diagnostic> ToList() =>
        _items
            .OrderBy(pair => pair.Value)
            .ThenBy(pair => pair.Key.Location.Path, StringComparer.Ordinal)
            .ThenBy(pair => pair.Key.Location.Line)
            .ThenBy(pair => pair.Key.Location.Column)
            .ThenBy(pair => pair.Key.Code, StringComparer.Ordinal)
            .ThenBy(pair => pair.Key.Message, StringComparer.Ordinal)
            .Select(pair => pair.Key)
            .ToList();
}
