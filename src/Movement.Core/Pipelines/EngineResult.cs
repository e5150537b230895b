using System.Collections.Immutable;
using Movement.Core.Diagnostics;
using Movement.Core.Documents;

namespace Movement.Core.Pipelines;

/// <summary>What a run of the engine produced: every pipeline's final documents, the diagnostics and the timings.</summary>
public sealed record EngineResult(
    ImmutableDictionary<string, ImmutableArray<Document>> Outputs,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<PipelineTiming> Timings,
    double TotalMilliseconds)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}
